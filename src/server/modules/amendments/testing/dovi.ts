// Test data for the amendment tests. Not used by the application itself.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.js';
import * as s from '../../../db/schema/index.js';
import { refreshProjectSnapshot } from '../../projects/project-snapshot.js';

/**
 * DOVI as it stood before seed 001: the demo portfolio already holds the approved amendment that extended
 * it to 2026-08-31, and an approved decision can never be removed through the application. The tests replay
 * that amendment through the API, so they start from the portfolio as it was before it: the seeded
 * amendment, its revised plan and its case are taken out with the database's triggers off (test data only;
 * superuser, one transaction), and the project's terms in force are recomputed (period ending 2026-02-28).
 */
export async function doviBeforeItsAmendment(database: Database) {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    const [project] = await tx.select().from(s.projects).where(eq(s.projects.acronym, 'DOVI'));
    if (!project) throw new Error('no DOVI: seed the demo data first');
    const amendments = await tx
      .select()
      .from(s.decisions)
      .where(and(eq(s.decisions.projectId, project.id), eq(s.decisions.kind, 'amend')));
    const planIds = amendments.map((a) => a.activityPlanId).filter((id): id is string => id !== null);
    if (planIds.length > 0) {
      await tx.delete(s.activities).where(inArray(s.activities.activityPlanId, planIds));
    }
    for (const a of amendments) await tx.delete(s.decisions).where(eq(s.decisions.id, a.id));
    if (planIds.length > 0) await tx.delete(s.activityPlans).where(inArray(s.activityPlans.id, planIds));
    for (const a of amendments) await tx.delete(s.cases).where(eq(s.cases.id, a.caseId));
    await tx.execute(sql`SET LOCAL session_replication_role = DEFAULT`);
    await refreshProjectSnapshot(tx, project.id);
    const [grant] = await tx
      .select()
      .from(s.decisions)
      .where(and(eq(s.decisions.projectId, project.id), eq(s.decisions.kind, 'grant')));
    const [kase] = await tx.select().from(s.cases).where(eq(s.cases.id, grant!.caseId));
    return { projectId: project.id, grantId: grant!.id, caseId: kase!.id, diaryNumber: kase!.diaryNumber! };
  });
}

/** An applicant of Region Västerbotten, the organisation that owns DOVI: its beneficiary. */
export async function makeDoviBeneficiary(database: Database, passwordHash: string): Promise<{ email: string }> {
  const db = database.db;
  const [org] = await db.select().from(s.organizations).where(eq(s.organizations.orgNumber, '232100-0222'));
  const email = 'projektledare@dovi.example';
  const [user] = await db
    .insert(s.users)
    .values({ email, displayName: 'Petra Projektledare', passwordHash, organizationId: org!.id })
    .returning();
  await db.insert(s.roleGrants).values({ userId: user!.id, role: 'applicant', organizationId: org!.id });
  return { email };
}

/**
 * demo: seed 001 gives no budget for DOVI. These figures (kronor per cost category and year, 4 540 000 kr in
 * all) are test data, so that an amendment can revise a budget in force.
 */
export const DOVI_GRANT_BUDGET_SEK = {
  staff: { 2023: 600_000, 2024: 800_000, 2025: 800_000, 2026: 200_000 },
  external_services: { 2023: 300_000, 2024: 500_000, 2025: 500_000, 2026: 100_000 },
  travel_accommodation: { 2023: 40_000, 2024: 60_000, 2025: 60_000, 2026: 20_000 },
  investments_equipment_premises: { 2024: 200_000 },
  indirect_costs: { 2023: 90_000, 2024: 120_000, 2025: 120_000, 2026: 30_000 },
} as const;

/** DOVI_GRANT_BUDGET_SEK as budget lines in öre. */
export const doviGrantBudgetLines = () =>
  Object.entries(DOVI_GRANT_BUDGET_SEK).flatMap(([category, years]) =>
    Object.entries(years).map(([year, sek]) => ({
      category: category as keyof typeof DOVI_GRANT_BUDGET_SEK,
      year: Number(year),
      amountOre: sek * 100,
    })),
  );

/**
 * Gives DOVI's grant the budget above as budget version 1. The grant is approved, so the database refuses
 * to link a budget to it: as in doviBeforeItsAmendment, the triggers are off for this one transaction
 * (test data only; superuser).
 */
export async function giveDoviAGrantBudget(database: Database): Promise<{ budgetId: string }> {
  return database.db.transaction(async (tx) => {
    const [project] = await tx.select().from(s.projects).where(eq(s.projects.acronym, 'DOVI'));
    if (!project) throw new Error('no DOVI: seed the demo data first');
    const [grant] = await tx
      .select()
      .from(s.decisions)
      .where(and(eq(s.decisions.projectId, project.id), eq(s.decisions.kind, 'grant')));
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    const [budget] = await tx
      .insert(s.budgets)
      .values({ projectId: project.id, versionNo: 1, decisionId: grant!.id })
      .returning();
    await tx.insert(s.budgetLines).values(
      doviGrantBudgetLines().map((l) => ({
        budgetId: budget!.id,
        costCategory: l.category,
        year: l.year,
        amountOre: l.amountOre,
      })),
    );
    await tx.update(s.decisions).set({ budgetId: budget!.id }).where(eq(s.decisions.id, grant!.id));
    await tx.execute(sql`SET LOCAL session_replication_role = DEFAULT`);
    return { budgetId: budget!.id };
  });
}
