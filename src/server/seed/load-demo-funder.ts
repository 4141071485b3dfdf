import { kronor } from '../../domain/index.js';
import type * as s from '../db/schema/index.js';
import { createFunderIn } from '../modules/funders/use-cases/create-funder.js';
import { saveFunderSettingsIn } from '../modules/funders/use-cases/save-funder-settings.js';
import { createDelegationOrderIn } from '../modules/delegation/use-cases/create-delegation-order.js';
import { createStrategyIn } from '../modules/funders/use-cases/save-strategy.js';
import { createAspectIn } from '../modules/funders/use-cases/save-aspect.js';
import { createAppropriationIn } from '../modules/funders/use-cases/save-appropriation.js';
import { createProgrammeIn } from '../modules/funders/use-cases/save-programme.js';
import { prioritiesOf } from '../modules/funders/strategy.repository.js';
import { createUser } from '../modules/users/use-cases/create-user.js';
import * as d from './demo-data.js';
import type { SeedWriter } from './seed-writer.js';

export interface DemoUserSeed {
  key: keyof typeof d.people;
  passwordHash: string;
}

export const APPEAL_NOTICE = 'Beslutet kan inte överklagas.';

export interface DemoFunder {
  funder: s.Funder;
  person: (key: keyof typeof d.people) => s.User;
  priorities: Map<string, s.Priority>;
  aspects: Map<string, string>;
  appropriation: s.Appropriation;
  programmes: Map<string, string>;
  /** The points of the demo's delegation order, by number. */
  delegationPoints: Map<string, s.DelegationPoint>;
}

/**
 * The demo funder, set up the way an installation's administrator sets up any funder, through the same
 * use cases as the API: the administrator creates the funder, its people are created as users, and the
 * settings, strategy, aspects, appropriation and programmes are saved as on the administration pages.
 * The demo's organisations (`orgs`, by key) exist already; the funder's own is reused.
 */
export async function loadDemoFunder(
  w: SeedWriter,
  org: (key: string) => s.Organization,
  users: DemoUserSeed[],
): Promise<DemoFunder> {
  const { tx, clock, actor } = w;
  const v = d.funderVasterbotten;
  const hashOf = (key: keyof typeof d.people) => {
    const seed = users.find((u) => u.key === key);
    if (!seed) throw new Error(`no password for demo person ${key}`);
    return seed.passwordHash;
  };

  const people = new Map<string, s.User>();
  const admin = d.people.admin;
  people.set(
    'admin',
    await createUser(tx, clock, actor, {
      email: admin.email,
      displayName: admin.name,
      organizationId: null,
      roles: [],
      passwordHash: hashOf('admin'),
      verified: true,
    }),
  );
  const created = await createFunderIn(
    tx,
    clock,
    actor,
    { name: v.name, orgNumber: v.orgNumber, committeeName: v.committee, diaryNumberFormat: v.diaryNumberFormat },
    people.get('admin')!.id,
  );

  for (const key of Object.keys(d.people) as (keyof typeof d.people)[]) {
    if (key === 'admin') continue;
    const p: {
      name: string;
      email: string;
      org: string;
      role: s.RoleGrant['role'];
      capacity?: string;
      title?: string;
      phone?: string;
    } = d.people[key];
    const organizationId = org(p.org).id;
    people.set(
      key,
      await createUser(tx, clock, actor, {
        email: p.email,
        displayName: p.name,
        title: p.title ?? null,
        phone: p.phone ?? null,
        organizationId,
        roles: [{ role: p.role, organizationId, capacity: p.capacity ?? null }],
        passwordHash: hashOf(key),
        verified: true,
      }),
    );
  }
  const person = (key: keyof typeof d.people) => people.get(key)!;

  const funder = await saveFunderSettingsIn(tx, clock, actor, created.funder.id, {
    version: created.funder.version,
    name: v.name,
    orgNumber: v.orgNumber,
    ...v.letterhead,
    committeeName: v.committee,
    diaryNumberFormat: v.diaryNumberFormat,
    delegationLimitOre: kronor(v.delegationLimitSek),
    // Seed 000 grants 5 505 389 kr at "högst 50 %" of 11 010 777 kr: the region rounds half up.
    shareCapRounding: 'half_up',
    standardConditions: v.standardConditions,
    defaultContactUserId: person('officer').id,
    paymentDetails: v.paymentDetails,
    // Grants, amendments and rejections under förordning 2003:596 cannot be appealed; the other kinds
    // print the letter's default for them.
    appealNotices: { grant: APPEAL_NOTICE, amend: APPEAL_NOTICE, reject: APPEAL_NOTICE },
    contact: v.contact,
  });

  // The committee's delegation order, as its administrator records it on /admin/delegationsordning.
  const o = d.delegationOrder;
  const order = await createDelegationOrderIn(
    tx,
    clock,
    actor,
    funder.id,
    {
      validFrom: o.validFrom,
      adoptedBy: o.adoptedBy,
      chairCapacity: o.chairCapacity,
      points: o.points.map((p) => ({
        number: p.number,
        text: p.text,
        decisionKinds: p.decisionKinds,
        deciderRole: 'decision_maker',
        deciderCapacity: p.deciderCapacity,
        amountLimitOre: p.amountLimitSek === null ? null : kronor(p.amountLimitSek),
        reportToCommittee: true,
      })),
    },
    people.get('admin')!.id,
  );
  const delegationPoints = new Map(order.points.map((p) => [p.number, p]));

  const strategy = await createStrategyIn(tx, clock, actor, funder.id, {
    name: d.strategy.name,
    yearFrom: 2020,
    yearTo: 2030,
    priorities: d.strategy.priorities.map((p) => ({
      code: p.code,
      title: p.title,
      parentCode: (p as { parent?: string }).parent ?? null,
      active: true,
    })),
  });
  const priorities = new Map((await prioritiesOf(tx, [strategy.id])).map((p) => [p.code, p]));

  const aspects = new Map<string, string>();
  for (const name of d.strategy.aspects) {
    const aspect = await createAspectIn(tx, clock, actor, funder.id, {
      name,
      policy: d.strategy.aspectPolicy,
      active: true,
    });
    aspects.set(name, aspect.id);
  }

  const a = d.appropriation11;
  const appropriation = await createAppropriationIn(tx, clock, actor, funder.id, {
    code: a.code,
    name: a.name,
    expenditureArea: a.expenditureArea,
    item: null,
    years: Object.entries(a.yearBudgetsSek).map(([year, budget]) => ({
      year: Number(year),
      budgetOre: kronor(budget),
    })),
  });

  const programmes = new Map<string, string>();
  for (const p of d.programmes) {
    const main = org(p.mainFunder);
    const row = await createProgrammeIn(tx, clock, actor, funder.id, {
      name: p.name,
      shortName: p.shortName,
      fund: p.fund,
      mainFunder: { name: main.name, orgNumber: main.orgNumber ?? '' },
      yearFrom: p.yearFrom,
      yearTo: p.yearTo,
      cci: null,
    });
    programmes.set(p.key, row.id);
  }

  return { funder, person, priorities, aspects, appropriation, programmes, delegationPoints };
}
