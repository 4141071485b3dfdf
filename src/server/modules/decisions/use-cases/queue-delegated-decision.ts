import { and, asc, eq, gte } from 'drizzle-orm';
import type { Clock, LocalDate } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Tx } from '../../../db/client.js';
import { delegatedDecisionReportItems, delegatedDecisionReports, meetings } from '../../../db/schema/index.js';

/** The committee's next planned meeting on or after a date: where a delegated decision is reported. */
export async function nextMeetingForReport(tx: Tx, funderId: string, from: LocalDate) {
  const [meeting] = await tx
    .select()
    .from(meetings)
    .where(and(eq(meetings.funderId, funderId), eq(meetings.status, 'planned'), gte(meetings.heldOn, from)))
    .orderBy(asc(meetings.heldOn))
    .limit(1);
  return meeting ?? null;
}

/**
 * docs/domain/rules.md, "Delegated decisions and their report": a delegated decision is put on the report of delegated
 * decisions of the committee's next meeting. When no meeting is planned yet it stays unreported, and the report made
 * for the next meeting picks it up (the domain's `delegatedDecisionsForReport` lists every unreported one).
 */
export async function addToDelegationReport(
  tx: Tx,
  clock: Clock,
  actor: Actor,
  meetingId: string,
  decisionId: string,
): Promise<void> {
  await tx.insert(delegatedDecisionReports).values({ meetingId }).onConflictDoNothing();
  const [report] = await tx
    .select()
    .from(delegatedDecisionReports)
    .where(eq(delegatedDecisionReports.meetingId, meetingId));
  await tx.insert(delegatedDecisionReportItems).values({ reportId: report!.id, decisionId });
  await appendAudit(tx, clock, actor, {
    action: 'decision.queued_for_delegation_report',
    entityType: 'decision',
    entityId: decisionId,
    after: { meetingId, reportId: report!.id },
  });
}
