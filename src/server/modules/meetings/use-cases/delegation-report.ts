import { delegatedDecisionsForReport, reportMeetingFor, type LocalDate } from '../../../../domain/index.js';
import type { Executor } from '../../../db/client.js';
import type { Meeting } from '../../../db/schema/index.js';
import {
  delegatedDecisionsOf,
  lastReportDateBefore,
  plannedMeetingsOf,
  type DelegatedRow,
} from '../meetings.repository.js';

export interface ReportEntry extends DelegatedRow {
  decidedAt: LocalDate;
  /** Decided on or before the previous report's meeting, which did not list it. */
  missedEarlierReport: boolean;
  /** Not yet written to the meeting's report: it will be when the meeting is marked held. */
  pending: boolean;
}

/**
 * The report of delegated decisions of one meeting (docs/domain/rules.md, "Delegated decisions and their report"), by
 * the domain's rules: what is already on its report, and — while the meeting is planned — every unreported delegated
 * decision that belongs to it, i.e. whose first planned meeting on or after its decision day is this one
 * (`reportMeetingFor`). A decision approved while no meeting was planned, or one a held meeting's report missed, is
 * picked up so.
 */
export async function delegationReportOf(db: Executor, meeting: Meeting): Promise<ReportEntry[]> {
  const rows = await delegatedDecisionsOf(db, meeting.funderId, meeting.id);
  const planned = meeting.status === 'planned' ? await plannedMeetingsOf(db, meeting.funderId) : [];
  const candidates = rows
    .filter((r) => r.decisionDate !== null)
    .filter(
      (r) =>
        r.reportedAtMeetingId === meeting.id ||
        reportMeetingFor(r.decisionDate as LocalDate, planned as { id: string; heldOn: LocalDate }[])?.id ===
          meeting.id,
    )
    .map((r) => ({
      ...r,
      decidedAt: r.decisionDate as LocalDate,
      // For this meeting's report, a decision on it has not been reported at an earlier meeting.
      onThisReport: r.reportedAtMeetingId === meeting.id,
      reportedAtMeetingId: null,
    }));
  const lastReport = await lastReportDateBefore(db, meeting.funderId, meeting.heldOn as LocalDate);
  return delegatedDecisionsForReport(candidates, lastReport, meeting.heldOn as LocalDate).map(
    ({ onThisReport, ...r }) => ({
      ...r,
      reportedAtMeetingId: onThisReport ? meeting.id : null,
      pending: !onThisReport,
    }),
  );
}
