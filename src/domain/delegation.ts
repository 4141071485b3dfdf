import type { LocalDate } from './calendar.js';
import type { Ore } from './money.js';

/** A decision as the report of delegated decisions sees it; `delegationPoint` null means the committee decided. */
export interface DelegatedDecisionRef {
  id: string;
  decidedAt: LocalDate;
  delegationPoint: string | null;
  /** The meeting whose report listed it, once reported. */
  reportedAtMeetingId: string | null;
}

/**
 * SPEC §3.6: the meeting's report lists every delegated decision not yet reported, decided on or before
 * the meeting day — those since the last report, and any decided earlier that a report missed (flagged,
 * so the committee sees it was late). Oldest first.
 */
export function delegatedDecisionsForReport<T extends DelegatedDecisionRef>(
  decisions: readonly T[],
  lastReportDate: LocalDate | null,
  meetingDate: LocalDate,
): (T & { missedEarlierReport: boolean })[] {
  return decisions
    .filter((d) => d.delegationPoint !== null && d.reportedAtMeetingId === null && d.decidedAt <= meetingDate)
    .map((d) => ({ ...d, missedEarlierReport: lastReportDate !== null && d.decidedAt <= lastReportDate }))
    .sort((a, b) => (a.decidedAt === b.decidedAt ? (a.id < b.id ? -1 : 1) : a.decidedAt < b.decidedAt ? -1 : 1));
}

/** A delegated decision must name its delegation point (kommunallagen 6 kap. 37 §; SPEC §3.6). */
export const delegationPointMissing = (d: { delegated: boolean; delegationPoint: string | null }): boolean =>
  d.delegated && (d.delegationPoint === null || d.delegationPoint.trim() === '');

/**
 * Above the delegation limit the committee itself decides (Västerbotten: up to 1 200 000 kr on delegation;
 * Jämtland Härjedalen and Kalmar: 500 000 kr). The limit is configuration; null means no delegation at all.
 */
export const requiresCommitteeDecision = (amount: Ore, delegationLimit: Ore | null): boolean =>
  delegationLimit === null || amount > delegationLimit;

/**
 * Which planned meeting a delegated decision is reported to (SPEC §2 step 4, §3.6): the first one held on
 * or after the day it was decided. `plannedMeetings` are the committee's meetings not yet held; null when
 * none lies ahead, and the decision then waits for the next meeting to be planned. A decision that a held
 * meeting's report missed is decided before every planned meeting, so it goes to the first of them.
 */
export function reportMeetingFor<M extends { id: string; heldOn: LocalDate }>(
  decidedAt: LocalDate,
  plannedMeetings: readonly M[],
): M | null {
  let best: M | null = null;
  for (const m of plannedMeetings) {
    if (m.heldOn < decidedAt) continue;
    if (best === null || m.heldOn < best.heldOn || (m.heldOn === best.heldOn && m.id < best.id)) best = m;
  }
  return best;
}
