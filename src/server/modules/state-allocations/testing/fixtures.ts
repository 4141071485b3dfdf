import { eq } from 'drizzle-orm';
import { kronor } from '../../../../domain/index.js';
import type { Executor } from '../../../db/client.js';
import * as s from '../../../db/schema/index.js';
import { hashPassword } from '../../auth/passwords.js';
import type { Role } from '../../auth/principal.js';
import { TEST_PASSWORD } from '../../../../../tests/support/app.js';

/** Test data builders for the state allocations (tier 2 and 3 tests). */

export async function organizationNamed(db: Executor, name: string): Promise<s.Organization> {
  const [org] = await db.select().from(s.organizations).where(eq(s.organizations.name, name));
  if (!org) throw new Error(`no organisation named ${name}`);
  return org;
}

/** A user who signs in with TEST_PASSWORD and holds `role` in the organisation. */
export async function makeUser(
  db: Executor,
  input: { email: string; name: string; organizationId: string; role: Role; active?: boolean },
): Promise<s.User> {
  const [user] = await db
    .insert(s.users)
    .values({
      email: input.email,
      displayName: input.name,
      organizationId: input.organizationId,
      passwordHash: await hashPassword(TEST_PASSWORD),
      active: input.active ?? true,
    })
    .returning();
  await db.insert(s.roleGrants).values({ userId: user!.id, role: input.role, organizationId: input.organizationId });
  return user!;
}

export interface YearDeadlines {
  year: number;
  requisition: string | null;
  account: string | null;
  repayment: string | null;
}

/**
 * A state decision like seed 003 but later: up to 500 000 kr a year to each recipient, with the given
 * deadlines per year. Returns the decision and its allocations by recipient id and year.
 */
export async function makeStateDecision(
  db: Executor,
  input: { reference: string; decidedOn: string; recipients: string[]; years: YearDeadlines[]; title?: string },
): Promise<{ decision: s.StateDecision; allocation: (recipientId: string, year: number) => s.StateAllocation }> {
  const years = input.years.map((y) => y.year);
  const [decision] = await db
    .insert(s.stateDecisions)
    .values({
      reference: input.reference,
      decidedOn: input.decidedOn,
      issuer: 'Regeringen',
      ministry: 'Landsbygds- och infrastrukturdepartementet',
      title: input.title ?? 'Uppdrag att stärka den regionala kompetensförsörjningen',
      yearFrom: Math.min(...years),
      yearTo: Math.max(...years),
      perRecipientPerYearOre: kronor(500_000),
    })
    .returning();
  const rows: s.StateAllocation[] = [];
  for (const recipientId of input.recipients) {
    for (const y of input.years) {
      const [row] = await db
        .insert(s.stateAllocations)
        .values({
          stateDecisionId: decision!.id,
          recipientOrganizationId: recipientId,
          year: y.year,
          offeredOre: kronor(500_000),
          requisitionDeadline: y.requisition,
          accountDeadline: y.account,
          repaymentDeadline: y.repayment,
        })
        .returning();
      rows.push(row!);
    }
  }
  return {
    decision: decision!,
    allocation: (recipientId, year) => {
      const row = rows.find((r) => r.recipientOrganizationId === recipientId && r.year === year);
      if (!row) throw new Error(`no allocation for ${recipientId} ${year}`);
      return row;
    },
  };
}
