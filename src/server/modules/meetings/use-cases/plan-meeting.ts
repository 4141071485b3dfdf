import { and, eq, inArray } from 'drizzle-orm';
import type { Clock, LocalDate } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import { agendaItems, cases, meetings, type Funder, type Meeting } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { actorOf } from '../../auth/actor.js';
import { fundersOfOrganizations } from '../meetings.repository.js';
import { MEETING_ROLES, PLANNER_ROLES, requirePlanner } from '../meetings.policy.js';
import { requireRole } from '../../auth/policy.js';

/** The standing item of every committee meeting (KL 6 kap. 40 §: delegated decisions are reported to it). */
export const DELEGATION_REPORT_ITEM = 'Anmälan av delegationsbeslut';

export interface PlanMeetingInput {
  funderId?: string | undefined;
  heldOn: LocalDate;
  committeeName?: string | undefined;
  location?: string | undefined;
  agenda: { title: string; caseId?: string | undefined }[];
}

/** The funder a planner means: the one named, or the only one the caller plans meetings for. */
async function plannerFunder(db: Db, p: Principal, funderId: string | undefined): Promise<Funder> {
  const orgs = [...new Set(p.roles.filter((r) => MEETING_ROLES.includes(r.role)).map((r) => r.organizationId))];
  const mine = (await fundersOfOrganizations(db, orgs)).map((r) => r.funder);
  // Someone who works with no funder's meetings at all lacks the role: 403, as for any planner-only action.
  if (mine.length === 0) requireRole(p, PLANNER_ROLES);
  const funder = funderId ? mine.find((f) => f.id === funderId) : mine.length === 1 ? mine[0] : undefined;
  if (!funder) {
    throw new AppError('meeting.funder_required', 422, {
      sv: 'Ange vilken stödgivares sammanträde som planeras.',
      en: 'Say which funder’s meeting is being planned.',
    });
  }
  return funder;
}

/**
 * POST /meetings: plans a committee meeting with its agenda. The report of delegated decisions is a
 * standing item; it is added at the end when the agenda does not name it. Cases on the agenda must be
 * the funder's own.
 */
export async function planMeeting(
  deps: { db: Db; clock: Clock },
  p: Principal,
  input: PlanMeetingInput,
): Promise<Meeting> {
  const funder = await plannerFunder(deps.db, p, input.funderId);
  requirePlanner(p, funder);
  const caseIds = [...new Set(input.agenda.flatMap((a) => (a.caseId ? [a.caseId] : [])))];
  if (caseIds.length > 0) {
    const found = await deps.db
      .select({ id: cases.id })
      .from(cases)
      .where(and(inArray(cases.id, caseIds), eq(cases.funderId, funder.id)));
    if (found.length !== caseIds.length) throw AppError.notFound({ sv: 'Ärendet', en: 'The case' });
  }
  const agenda = input.agenda.map((a) => ({ title: a.title.trim(), caseId: a.caseId ?? null }));
  if (!agenda.some((a) => a.title.toLowerCase() === DELEGATION_REPORT_ITEM.toLowerCase())) {
    agenda.push({ title: DELEGATION_REPORT_ITEM, caseId: null });
  }
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [meeting] = await tx
      .insert(meetings)
      .values({
        funderId: funder.id,
        committeeName: input.committeeName?.trim() || funder.committeeName,
        heldOn: input.heldOn,
        location: input.location?.trim() || null,
        status: 'planned',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!meeting) throw new Error('meeting insert returned no row');
    const items = await tx
      .insert(agendaItems)
      .values(agenda.map((a, i) => ({ meetingId: meeting.id, position: i + 1, title: a.title, caseId: a.caseId })))
      .returning();
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'meeting.planned',
      entityType: 'meeting',
      entityId: meeting.id,
      after: { meeting, agenda: items.map((i) => ({ position: i.position, title: i.title, caseId: i.caseId })) },
    });
    return meeting;
  });
}
