import { kronor } from '../../domain/index.js';
import * as s from '../db/schema/index.js';
import * as d from './demo-data.js';
import type { SeedWriter } from './seed-writer.js';
import { demoOrganizationSeats } from './demo-municipalities.js';
import { loadDemoMunicipalities } from './load-demo-municipalities.js';

export interface DemoUserSeed {
  key: keyof typeof d.people;
  passwordHash: string;
}

export const APPEAL_NOTICE = 'Beslutet kan inte överklagas.';

/** The reference data every later part of the demo portfolio points to. */
export interface DemoContext {
  orgs: Map<string, s.Organization>;
  org: (key: string) => s.Organization;
  funder: s.Funder;
  person: (key: keyof typeof d.people) => s.User;
  priorities: Map<string, s.Priority>;
  aspects: Map<string, string>;
  appropriation: s.Appropriation;
  programmes: Map<string, string>;
}

/** Organisations, the funder and its users, strategy, aspects, appropriation 1:1 and the programmes. */
export async function loadReferenceData(w: SeedWriter, users: DemoUserSeed[]): Promise<DemoContext> {
  await loadDemoMunicipalities(w);
  const orgs = new Map<string, s.Organization>();
  for (const o of d.organizations) {
    const municipalityCode = demoOrganizationSeats[o.key] ?? null;
    orgs.set(
      o.key,
      await w.insert(
        s.organizations,
        { name: o.name, orgNumber: o.orgNumber, type: o.type, municipalityCode },
        'organization',
      ),
    );
  }
  const org = (key: string) => {
    const found = orgs.get(key);
    if (!found) throw new Error(`demo organisation ${key} missing`);
    return found;
  };

  const funder = await w.insert(
    s.funders,
    {
      organizationId: org('rvb').id,
      committeeName: d.funderVasterbotten.committee,
      diaryNumberFormat: d.funderVasterbotten.diaryNumberFormat,
      delegationLimitOre: kronor(d.funderVasterbotten.delegationLimitSek),
      appealNotices: { grant: APPEAL_NOTICE, amend: APPEAL_NOTICE, reject: APPEAL_NOTICE },
      contact: d.funderVasterbotten.contact,
    },
    'funder',
  );

  const people = new Map<string, s.User>();
  for (const u of users) {
    const p = d.people[u.key];
    const user = await w.insert(
      s.users,
      { email: p.email, displayName: p.name, passwordHash: u.passwordHash, organizationId: org(p.org).id },
      'user',
    );
    await w.insert(s.roleGrants, { userId: user.id, role: p.role, organizationId: org(p.org).id }, 'role_grant');
    people.set(u.key, user);
  }
  const person = (key: keyof typeof d.people) => people.get(key)!;

  const strategy = await w.insert(
    s.strategies,
    { funderId: funder.id, name: d.strategy.name, yearFrom: 2020, yearTo: 2030 },
    'strategy',
  );
  const priorities = new Map<string, s.Priority>();
  for (const p of d.strategy.priorities) {
    const parentCode = (p as { parent?: string }).parent;
    const parentId = parentCode ? priorities.get(parentCode)!.id : null;
    priorities.set(
      p.code,
      await w.insert(s.priorities, { strategyId: strategy.id, parentId, code: p.code, title: p.title }, 'priority'),
    );
  }
  const aspects = new Map<string, string>();
  for (const name of d.strategy.aspects) {
    const a = await w.insert(
      s.assessmentAspects,
      { funderId: funder.id, name, policy: d.strategy.aspectPolicy },
      'assessment_aspect',
    );
    aspects.set(name, a.id);
  }

  const appropriation = await w.insert(
    s.appropriations,
    {
      funderId: funder.id,
      code: d.appropriation11.code,
      name: d.appropriation11.name,
      expenditureArea: d.appropriation11.expenditureArea,
    },
    'appropriation',
  );
  for (const [year, budget] of Object.entries(d.appropriation11.yearBudgetsSek)) {
    await w.insert(
      s.appropriationYears,
      { appropriationId: appropriation.id, year: Number(year), budgetOre: kronor(budget) },
      'appropriation_year',
    );
  }

  const programmes = new Map<string, string>();
  for (const p of d.programmes) {
    const row = await w.insert(
      s.programmes,
      {
        name: p.name,
        shortName: p.shortName,
        fund: p.fund,
        mainFunderOrganizationId: org(p.mainFunder).id,
        yearFrom: p.yearFrom,
        yearTo: p.yearTo,
      },
      'programme',
    );
    programmes.set(p.key, row.id);
  }

  return { orgs, org, funder, person, priorities, aspects, appropriation, programmes };
}
