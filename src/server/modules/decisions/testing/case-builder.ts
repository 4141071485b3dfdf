// Data builders for the decision and assessment tests: rows inserted directly, so these tests do not
// depend on the applicant side. Not used by the application itself.
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import * as s from '../../../db/schema/index.js';

const suffix = () => randomBytes(4).toString('hex');

/** The demo funder (Region Västerbotten) and the ids the tests refer to. */
export async function demoFixtures(db: Executor) {
  const [funder] = await db.select().from(s.funders);
  if (!funder) throw new Error('no funder: seed the demo data first');
  const org = async (name: string) => {
    const [row] = await db.select().from(s.organizations).where(eq(s.organizations.name, name));
    if (!row) throw new Error(`no organisation ${name}`);
    return row;
  };
  const user = async (email: string) => {
    const [row] = await db.select().from(s.users).where(eq(s.users.email, email));
    if (!row) throw new Error(`no user ${email}`);
    return row;
  };
  const aspects = await db.select().from(s.assessmentAspects).where(eq(s.assessmentAspects.funderId, funder.id));
  const [priority] = await db
    .select({ id: s.priorities.id })
    .from(s.priorities)
    .innerJoin(s.strategies, eq(s.strategies.id, s.priorities.strategyId))
    .where(and(eq(s.strategies.funderId, funder.id), eq(s.priorities.code, '3.1')));
  return {
    funder,
    umu: await org('Umeå universitet'),
    ltu: await org('Luleå tekniska universitet'),
    chair: await user('ordforande@regionvasterbotten.example'),
    /** The head of unit: holds the demo delegation order's points (grants up to 1 200 000 kr, rejections …). */
    head: await user('verksamhetschef@regionvasterbotten.example'),
    officer: await user('handlaggare@regionvasterbotten.example'),
    aspectIds: aspects.map((a) => a.id),
    priorityId: priority!.id,
  };
}

export interface CaseSpec {
  funderId: string;
  organizationId: string;
  title?: string;
  /** Gives the case a project with an activity plan of these activities. */
  activities?: { number: string; start: string; end: string }[];
  /** The application as submitted (what was applied for). */
  applied?: Record<string, unknown>;
}

/** A registered application case, as the applicant side leaves it after submit. */
export async function makeSubmittedCase(db: Executor, spec: CaseSpec): Promise<s.Case> {
  const title = spec.title ?? `Testprojekt ${suffix()}`;
  let projectId: string | null = null;
  if (spec.activities) {
    const [project] = await db
      .insert(s.projects)
      .values({ name: title, ownerOrganizationId: spec.organizationId })
      .returning();
    projectId = project!.id;
    const [plan] = await db.insert(s.activityPlans).values({ projectId, versionNo: 1 }).returning();
    await db.insert(s.activities).values(
      spec.activities.map((a, i) => ({
        activityPlanId: plan!.id,
        number: a.number,
        title: `Aktivitet ${a.number}`,
        startDate: a.start,
        endDate: a.end,
        sortOrder: i,
      })),
    );
  }
  const [kase] = await db
    .insert(s.cases)
    .values({
      funderId: spec.funderId,
      diaryNumber: `TEST - ${suffix()} - 2026`,
      kind: 'application',
      status: 'submitted',
      title,
      applicantOrganizationId: spec.organizationId,
      projectId,
      receivedOn: '2026-10-01',
      registeredAt: new Date('2026-10-01T08:00:00Z'),
    })
    .returning();
  if (spec.applied) {
    await db
      .insert(s.applicationVersions)
      .values({ caseId: kase!.id, versionNo: 1, content: spec.applied, submittedAt: new Date('2026-10-01T08:00:00Z') });
  }
  return kase!;
}

/** An appropriation of the funder with one year budget (kronor × 100 = öre). */
export async function makeAppropriation(
  db: Executor,
  spec: { funderId: string; code?: string; name?: string; year: number; budgetOre: number },
): Promise<s.Appropriation> {
  const [a] = await db
    .insert(s.appropriations)
    .values({
      funderId: spec.funderId,
      code: spec.code ?? `9:${suffix().slice(0, 2)}`,
      name: spec.name ?? 'Testanslag',
      expenditureArea: 'UO 19',
    })
    .returning();
  await db.insert(s.appropriationYears).values({ appropriationId: a!.id, year: spec.year, budgetOre: spec.budgetOre });
  return a!;
}

/** A signed-in-able applicant of an organisation of its own (not the demo applicant's). */
export async function makeApplicantOfOtherOrganization(
  db: Executor,
  passwordHash: string,
): Promise<{ email: string; organizationId: string }> {
  const [org] = await db
    .insert(s.organizations)
    .values({ name: `Testkommun ${suffix()}`, type: 'municipality' })
    .returning();
  const email = `sokande-${suffix()}@kommun.example`;
  const [user] = await db
    .insert(s.users)
    .values({ email, displayName: 'Annan Sökande', passwordHash, organizationId: org!.id })
    .returning();
  await db.insert(s.roleGrants).values({ userId: user!.id, role: 'applicant', organizationId: org!.id });
  return { email, organizationId: org!.id };
}
