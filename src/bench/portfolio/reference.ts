import { kronor, luhnCheckDigit } from '../../domain/index.js';
import type * as s from '../../server/db/schema/index.js';
import type { Random } from './random.js';
import * as v from './vocabulary.js';

/*
 * The reference data of a synthetic portfolio: municipalities, organisations, the three funders with their
 * officers, strategies, aspects, appropriations and programmes. Everything a project row points at.
 */

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];
export type OrganisationType = NonNullable<Insert<typeof s.organizations>['type']>;

export interface ReferenceRows {
  municipalities: Insert<typeof s.municipalities>[];
  organizations: Insert<typeof s.organizations>[];
  funders: Insert<typeof s.funders>[];
  users: Insert<typeof s.users>[];
  roleGrants: Insert<typeof s.roleGrants>[];
  strategies: Insert<typeof s.strategies>[];
  priorities: Insert<typeof s.priorities>[];
  assessmentAspects: Insert<typeof s.assessmentAspects>[];
  appropriations: Insert<typeof s.appropriations>[];
  appropriationYears: Insert<typeof s.appropriationYears>[];
  programmes: Insert<typeof s.programmes>[];
}

export interface Person {
  id: string;
  name: string;
  email: string;
}

export interface OrganisationRef {
  id: string;
  name: string;
  type: OrganisationType;
  county: string;
  seat: string | null;
  email: string;
}

export interface FunderRef {
  id: string;
  organizationId: string;
  name: string;
  short: string;
  county: string;
  diaryNumberFormat: string;
  weight: number;
  municipalityCodes: string[];
  officers: Person[];
  headOfUnit: Person;
  subPriorityIds: string[];
  appropriationId: string;
}

export interface Reference {
  rows: ReferenceRows;
  funders: FunderRef[];
  organisations: OrganisationRef[];
  programmeIds: string[];
}

/** The years the portfolio spans (a realistic spread, docs/scaling.md; budgets exist for each). */
export const FIRST_YEAR = 2014;
export const LAST_YEAR = 2027;

const ORG_NUMBER_PREFIX: Record<OrganisationType, string> = {
  region: '2321',
  municipality: '2120',
  state_agency: '2021',
  university: '2021',
  company: '5569',
  association: '8024',
  other: '7696',
};

const countyOf = (code: string | null): string =>
  v.MUNICIPALITIES.find((m) => m.code === code)?.county ?? v.FUNDERS[0].county;

const slug = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Unique, Luhn-valid organisation numbers in a series of their own (serials from 50000 upwards). */
function orgNumbers() {
  const next = new Map<string, number>();
  const used = new Set<string>();
  return {
    reserve: (n: string) => used.add(n),
    make(type: OrganisationType): string {
      const prefix = ORG_NUMBER_PREFIX[type];
      for (;;) {
        const serial = (next.get(prefix) ?? 50_000) + 1;
        next.set(prefix, serial);
        const nine = `${prefix}${String(serial).padStart(5, '0')}`;
        const n = `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
        if (!used.has(n)) {
          used.add(n);
          return n;
        }
      }
    },
  };
}

/** How many organisations of each generated kind, after the funders and the anchor organisations. */
function organisationPlan(total: number): {
  municipalities: number;
  company: number;
  association: number;
  other: number;
} {
  const fixed = v.FUNDERS.length + v.ANCHOR_ORGANISATIONS.length;
  const rest = Math.max(0, total - fixed);
  const municipalities = Math.min(v.MUNICIPALITIES.length, Math.round(rest * 0.15));
  const left = rest - municipalities;
  const association = Math.round(left * 0.25);
  const other = Math.round(left * 0.1);
  return { municipalities, company: left - association - other, association, other };
}

export function generateReference(rng: Random, spec: { projects: number; organisations: number }): Reference {
  const rows: ReferenceRows = {
    municipalities: v.MUNICIPALITIES.map((m) => ({ ...m })),
    organizations: [],
    funders: [],
    users: [],
    roleGrants: [],
    strategies: [],
    priorities: [],
    assessmentAspects: [],
    appropriations: [],
    appropriationYears: [],
    programmes: [],
  };
  const numbers = orgNumbers();
  for (const f of v.FUNDERS) if (f.orgNumber) numbers.reserve(f.orgNumber);
  for (const a of v.ANCHOR_ORGANISATIONS) if (a.orgNumber) numbers.reserve(a.orgNumber);
  const names = new Set<string>();
  const organisations: OrganisationRef[] = [];
  const addOrganisation = (name: string, type: OrganisationType, seat: string | null, orgNumber?: string | null) => {
    let unique = name;
    for (let n = 2; names.has(unique); n++) unique = `${name} ${n}`;
    names.add(unique);
    const id = rng.uuid();
    const email = `registrator@${slug(unique)}.example`;
    rows.organizations.push({
      id,
      name: unique,
      orgNumber: orgNumber === undefined ? numbers.make(type) : orgNumber,
      type,
      municipalityCode: seat,
      email,
      postalAddress: seat ? `${v.MUNICIPALITIES.find((m) => m.code === seat)?.name ?? ''}` : null,
    });
    const ref = { id, name: unique, type, county: countyOf(seat), seat, email };
    organisations.push(ref);
    return ref;
  };

  const funderOrgs = v.FUNDERS.map((f) =>
    addOrganisation(f.name, 'region', f.seat, f.orgNumber ?? numbers.make('region')),
  );
  const anchors = v.ANCHOR_ORGANISATIONS.map((a) => addOrganisation(a.name, a.type, a.seat, a.orgNumber ?? undefined));
  const plan = organisationPlan(spec.organisations);
  for (const m of v.MUNICIPALITIES.slice(0, plan.municipalities))
    addOrganisation(`${m.name} kommun`, 'municipality', m.code);
  const place = () => rng.pick(v.MUNICIPALITIES);
  for (let i = 0; i < plan.company; i++) {
    const m = place();
    addOrganisation(`${m.name} ${rng.pick(v.COMPANY_WORDS)} ${rng.pick(v.COMPANY_FORMS)}`, 'company', m.code);
  }
  for (let i = 0; i < plan.association; i++) {
    const m = place();
    addOrganisation(rng.pick(v.ASSOCIATION_FORMS)(m.name), 'association', m.code);
  }
  for (let i = 0; i < plan.other; i++) {
    const m = place();
    addOrganisation(rng.pick(v.ECONOMIC_ASSOCIATION_FORMS)(m.name), 'other', m.code);
  }

  const totalWeight = v.FUNDERS.reduce((sum, f) => sum + f.weight, 0);
  const funders = v.FUNDERS.map((f, i) =>
    funderRows(rng, rows, f, funderOrgs[i]!.id, Math.ceil((spec.projects * f.weight) / totalWeight)),
  );
  const tillvaxtverket = anchors.find((a) => a.name === 'Tillväxtverket')!;
  const programmeIds = v.PROGRAMMES.map((p) => {
    const id = rng.uuid();
    rows.programmes.push({
      id,
      name: p.name,
      shortName: p.shortName,
      fund: p.fund,
      mainFunderOrganizationId: tillvaxtverket.id,
      yearFrom: p.yearFrom,
      yearTo: p.yearTo,
    });
    return id;
  });
  return { rows, funders, organisations, programmeIds };
}

function person(rng: Random, domain: string, n: number): Person {
  const first = rng.pick(v.FIRST_NAMES);
  const last = rng.pick(v.SURNAMES);
  return { id: rng.uuid(), name: `${first} ${last}`, email: `${slug(first)}.${slug(last)}.${n}@${domain}` };
}

/** One funder: its row, its staff, its strategy with priorities, aspects and appropriation 1:1 with budgets. */
function funderRows(
  rng: Random,
  rows: ReferenceRows,
  f: (typeof v.FUNDERS)[number],
  organizationId: string,
  expectedProjects: number,
): FunderRef {
  const id = rng.uuid();
  rows.funders.push({
    id,
    organizationId,
    committeeName: v.COMMITTEE,
    diaryNumberFormat: f.diaryNumberFormat,
    delegationLimitOre: kronor(v.DELEGATION_LIMIT_SEK),
    appealNotices: { grant: 'Beslutet kan inte överklagas.', reject: 'Beslutet kan inte överklagas.' },
    contact: `projektmedel@${slug(f.name)}.example`,
  });
  const domain = `${slug(f.name)}.example`;
  const staff = (role: NonNullable<Insert<typeof s.roleGrants>['role']>, title: string, n: number) => {
    const p = person(rng, domain, n);
    rows.users.push({ id: p.id, email: p.email, displayName: p.name, title, organizationId, passwordHash: null });
    rows.roleGrants.push({ id: rng.uuid(), userId: p.id, role, organizationId });
    return p;
  };
  // About one officer per 2 500 projects (each handles a few hundred open cases a year), at least two.
  const officerCount = Math.min(40, Math.max(2, Math.round(expectedProjects / 2500)));
  const officers = Array.from({ length: officerCount }, (_, i) =>
    staff('case_officer', 'strateg för projektfinansiering', i + 1),
  );
  const headOfUnit = staff('decision_maker', 'verksamhetschef', 100);
  staff('finance_officer', 'controller', 101);

  const strategyId = rng.uuid();
  rows.strategies.push({
    id: strategyId,
    funderId: id,
    name: `Regional utvecklingsstrategi för ${f.county} (RUS)`,
    yearFrom: FIRST_YEAR,
    yearTo: 2030,
  });
  const subPriorityIds: string[] = [];
  for (const p of v.PRIORITY_THEMES) {
    const parentId = rng.uuid();
    rows.priorities.push({ id: parentId, strategyId, code: p.code, title: `${f.short} - ${p.title}` });
    p.subs.forEach((title, i) => {
      const subId = rng.uuid();
      rows.priorities.push({ id: subId, strategyId, parentId, code: `${p.code}.${i + 1}`, title });
      subPriorityIds.push(subId);
    });
  }
  for (const name of v.ASPECTS) {
    rows.assessmentAspects.push({ id: rng.uuid(), funderId: id, name, policy: v.ASPECT_POLICY });
  }
  const appropriationId = rng.uuid();
  rows.appropriations.push({
    id: appropriationId,
    funderId: id,
    code: v.APPROPRIATION.code,
    name: v.APPROPRIATION.name,
    expenditureArea: v.APPROPRIATION.expenditureArea,
  });
  // A budget per year above what the year's grants are expected to commit (about 2,4 miljoner kr each).
  const perYear = Math.ceil(expectedProjects / (LAST_YEAR - FIRST_YEAR)) * 3_500_000 + 10_000_000;
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    rows.appropriationYears.push({ id: rng.uuid(), appropriationId, year, budgetOre: kronor(perYear) });
  }
  return {
    id,
    organizationId,
    name: f.name,
    short: f.short,
    county: f.county,
    diaryNumberFormat: f.diaryNumberFormat,
    weight: f.weight,
    municipalityCodes: v.MUNICIPALITIES.filter((m) => m.county === f.county).map((m) => m.code),
    officers,
    headOfUnit,
    subPriorityIds,
    appropriationId,
  };
}
