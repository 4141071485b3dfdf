import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/db.js';
import type { Database } from './client.js';
import { activities, activityPlans, decisions, projects } from './schema/index.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
});
afterAll(() => database.close());

async function dvisDecision() {
  const [p] = await database.db.select().from(projects).where(eq(projects.acronym, 'DVIS'));
  const [d] = await database.db.select().from(decisions).where(eq(decisions.projectId, p!.id));
  return d!;
}

describe('approved decisions in the database', () => {
  it('cannot be changed, even by SQL that bypasses the application', async () => {
    const d = await dvisDecision();
    await expect(database.db.update(decisions).set({ amountOre: 1 }).where(eq(decisions.id, d.id))).rejects.toThrow();
    await expect(database.db.execute(sql`UPDATE decisions SET reasons = 'x' WHERE id = ${d.id}`)).rejects.toThrow();
    expect((await dvisDecision()).amountOre).toBe(550_538_900);
  });

  it('cannot be deleted', async () => {
    const d = await dvisDecision();
    await expect(database.db.delete(decisions).where(eq(decisions.id, d.id))).rejects.toThrow();
  });

  it('freeze the activity plan they approved', async () => {
    const [plan] = await database.db
      .select()
      .from(activityPlans)
      .where(sql`${activityPlans.decisionId} IS NOT NULL`)
      .limit(1);
    await expect(
      database.db.update(activities).set({ costOre: 1 }).where(eq(activities.activityPlanId, plan!.id)),
    ).rejects.toThrow();
    await expect(database.db.delete(activityPlans).where(eq(activityPlans.id, plan!.id))).rejects.toThrow();
  });

  it('refuses a share above 100 % and a period that ends before it starts', async () => {
    await expect(
      database.db.execute(sql`UPDATE projects SET max_share_bp = 10001 WHERE acronym = 'DVIS'`),
    ).rejects.toThrow();
    await expect(
      database.db.execute(sql`UPDATE projects SET period_end = '2020-01-01' WHERE acronym = 'DVIS'`),
    ).rejects.toThrow();
  });

  it('refuses an organisation number in the wrong form', async () => {
    await expect(
      database.db.execute(sql`UPDATE organizations SET org_number = '2321000222' WHERE org_number = '232100-0222'`),
    ).rejects.toThrow();
  });
});
