// Data builders for the payment and reporting tests: a granted project as an approved decision leaves it,
// inserted directly so these tests do not depend on the decision flow. Not used by the application itself.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import * as s from '../../../db/schema/index.js';
import { refreshProjectSnapshot } from '../../projects/project-snapshot.js';

const suffix = () => randomBytes(4).toString('hex');

export interface GrantSpec {
  funderId: string;
  organizationId: string;
  amountOre: number;
  maxShareBp: number | null;
  approvedCostsOre?: number | null;
  period?: { start: string; end: string };
  name?: string;
}

export interface GrantedProject {
  project: s.Project;
  kase: s.Case;
  decision: s.Decision;
}

/** A project with an application case and an approved grant decision, its snapshot refreshed. */
export async function makeGrantedProject(db: Executor, spec: GrantSpec): Promise<GrantedProject> {
  const name = spec.name ?? `Utbetalningsprojekt ${suffix()}`;
  const period = spec.period ?? { start: '2026-01-01', end: '2027-12-31' };
  const [project] = await db
    .insert(s.projects)
    .values({ name, ownerOrganizationId: spec.organizationId, status: 'active', published: true })
    .returning();
  const [kase] = await db
    .insert(s.cases)
    .values({
      funderId: spec.funderId,
      diaryNumber: `TEST - ${suffix()} - 2025`,
      kind: 'application',
      status: 'active',
      title: name,
      applicantOrganizationId: spec.organizationId,
      projectId: project!.id,
      receivedOn: '2025-10-01',
      registeredAt: new Date('2025-10-01T08:00:00Z'),
    })
    .returning();
  const [decision] = await db
    .insert(s.decisions)
    .values({
      caseId: kase!.id,
      projectId: project!.id,
      kind: 'grant',
      status: 'approved',
      decisionDate: '2025-12-01',
      amountOre: spec.amountOre,
      maxShareBp: spec.maxShareBp,
      approvedCostsOre: spec.approvedCostsOre ?? null,
      periodStart: period.start,
      periodEnd: period.end,
      legalBasis: ['2003:596'],
      approvedAt: new Date('2025-12-01T10:00:00Z'),
    })
    .returning();
  await refreshProjectSnapshot(db, project!.id);
  const [fresh] = await db.select().from(s.projects).where(eq(s.projects.id, project!.id));
  return { project: fresh!, kase: kase!, decision: decision! };
}

/** An approved amendment of a grant changing only its amount. */
export async function amendAmount(db: Executor, g: GrantedProject, amountOre: number, approvedAt: Date): Promise<void> {
  await db.insert(s.decisions).values({
    caseId: g.kase.id,
    projectId: g.project.id,
    kind: 'amend',
    status: 'approved',
    amendsDecisionId: g.decision.id,
    decisionDate: approvedAt.toISOString().slice(0, 10),
    amountOre,
    approvedAt,
  });
  await refreshProjectSnapshot(db, g.project.id);
}

/** A submitted interim request with costs claimed, as the beneficiary's submit leaves it (case-less). */
export async function makeSubmittedRequest(
  db: Executor,
  projectId: string,
  costs: { category: s.PaymentRequestCost['costCategory']; claimedOre: number }[],
): Promise<s.PaymentRequest> {
  const [row] = await db
    .insert(s.paymentRequests)
    .values({
      projectId,
      kind: 'interim',
      status: 'submitted',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      submittedAt: new Date('2026-07-01T08:00:00Z'),
    })
    .returning();
  await db
    .insert(s.paymentRequestCosts)
    .values(costs.map((c) => ({ costCategory: c.category, claimedOre: c.claimedOre, paymentRequestId: row!.id })));
  return row!;
}
