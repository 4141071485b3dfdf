import { and, eq, isNull, sql } from 'drizzle-orm';
import { today, type Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import {
  agendaItems,
  delegatedDecisionReportItems,
  delegatedDecisionReports,
  meetings,
  type Meeting,
} from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { actorOf } from '../../auth/actor.js';
import { loadVisibleMeeting, meetingNotFound, requirePlanner } from '../meetings.policy.js';
import { delegationReportOf } from './delegation-report.js';

export const staleMeeting = (): AppError =>
  AppError.conflict({
    sv: 'Sammanträdet har ändrats av någon annan. Ladda om sidan och försök igen.',
    en: 'The meeting was changed by someone else. Reload the page and try again.',
  });

export const meetingAlreadyHeld = (): AppError =>
  new AppError('meeting.already_held', 409, {
    sv: 'Sammanträdet är redan hållet och kan inte ändras.',
    en: 'The meeting has already been held and cannot be changed.',
  });

/**
 * POST /meetings/:id/hold. In one transaction, behind a lock on the meeting row: the meeting day must
 * have come; its report of delegated decisions is fixed — every decision the domain assigns to it is
 * written to the report (a decision is on one report only: the database's unique key) — the agenda items
 * get their § in the minutes, and the meeting becomes held. Later delegated decisions go to the next
 * planned meeting.
 */
export async function holdMeeting(
  deps: { db: Db; clock: Clock },
  p: Principal,
  meetingId: string,
  version: number,
): Promise<{ meeting: Meeting; reported: string[] }> {
  const scope = await loadVisibleMeeting(deps.db, p, meetingId);
  requirePlanner(p, scope.funder);
  return deps.db.transaction(async (tx) => {
    const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for('update');
    if (!meeting) throw meetingNotFound();
    if (meeting.status === 'held') throw meetingAlreadyHeld();
    if (meeting.version !== version) throw staleMeeting();
    if (meeting.heldOn > today(deps.clock)) {
      throw new AppError(
        'meeting.not_yet',
        409,
        {
          sv: `Sammanträdet är planerat till ${meeting.heldOn} och kan inte markeras som hållet före dess.`,
          en: `The meeting is planned for ${meeting.heldOn} and cannot be marked held before then.`,
        },
        { heldOn: meeting.heldOn },
      );
    }
    const report = await delegationReportOf(tx, meeting);
    const pending = report.filter((r) => r.pending).map((r) => r.id);
    if (report.length > 0) {
      await tx.insert(delegatedDecisionReports).values({ meetingId }).onConflictDoNothing();
      const [row] = await tx
        .select()
        .from(delegatedDecisionReports)
        .where(eq(delegatedDecisionReports.meetingId, meetingId));
      if (pending.length > 0) {
        await tx
          .insert(delegatedDecisionReportItems)
          .values(pending.map((decisionId) => ({ reportId: row!.id, decisionId })));
      }
    }
    await tx
      .update(agendaItems)
      .set({ paragraph: sql`${agendaItems.position}` })
      .where(and(eq(agendaItems.meetingId, meetingId), isNull(agendaItems.paragraph)));
    const now = deps.clock.now();
    const [held] = await tx
      .update(meetings)
      .set({ status: 'held', updatedAt: now, version: sql`${meetings.version} + 1` })
      .where(and(eq(meetings.id, meetingId), eq(meetings.version, version)))
      .returning();
    if (!held) throw staleMeeting();
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'meeting.held',
      entityType: 'meeting',
      entityId: meetingId,
      before: { status: meeting.status, version: meeting.version },
      after: {
        status: held.status,
        version: held.version,
        delegationReport: report.map((r) => r.id),
        addedToReport: pending,
      },
    });
    return { meeting: held, reported: report.map((r) => r.id) };
  });
}
