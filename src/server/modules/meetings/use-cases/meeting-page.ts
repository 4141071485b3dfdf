import type { Executor } from '../../../db/client.js';
import { hasRole } from '../../auth/policy.js';
import type { Principal } from '../../auth/principal.js';
import { agendaOf, decisionsAtMeeting, fundersOfOrganizations, listMeetings } from '../meetings.repository.js';
import { MEETING_ROLES, PLANNER_ROLES, loadVisibleMeeting } from '../meetings.policy.js';
import { delegationReportOf } from './delegation-report.js';

/**
 * The meeting page (docs/domain/life-of-a-grant.md, "The web app"): the agenda, the decisions taken at it and its
 * report of delegated decisions.
 */
export async function meetingPage(db: Executor, p: Principal, meetingId: string) {
  const scope = await loadVisibleMeeting(db, p, meetingId);
  const [agenda, decisions, report] = await Promise.all([
    agendaOf(db, meetingId),
    decisionsAtMeeting(db, meetingId),
    delegationReportOf(db, scope.meeting),
  ]);
  const paragraphOf = (d: { id: string; caseId: string }) => {
    const item = agenda.find((a) => a.decisionId === d.id) ?? agenda.find((a) => a.caseId === d.caseId);
    return item ? (item.paragraph ?? (scope.meeting.status === 'held' ? item.position : null)) : null;
  };
  const org = scope.funder.organizationId;
  return {
    scope,
    agenda,
    decisions: decisions.map((d) => ({ row: d, paragraph: paragraphOf(d) })),
    report,
    can: {
      hold: scope.meeting.status === 'planned' && PLANNER_ROLES.some((r) => hasRole(p, r, org)),
      recordMinutes: PLANNER_ROLES.some((r) => hasRole(p, r, org)),
      editPressRelease: hasRole(p, 'communications', org),
    },
  };
}

/** The meetings of every funder the caller works with, newest first, and whether the caller may plan one. */
export async function meetingsOfPrincipal(
  db: Executor,
  p: Principal,
  o: { status?: 'planned' | 'held' | undefined; page: number; pageSize: number },
) {
  const orgs = [...new Set(p.roles.filter((r) => MEETING_ROLES.includes(r.role)).map((r) => r.organizationId))];
  const funders = await fundersOfOrganizations(db, orgs);
  const { rows, total } = await listMeetings(
    db,
    funders.map((f) => f.funder.id),
    { status: o.status, limit: o.pageSize, offset: (o.page - 1) * o.pageSize },
  );
  // Planning a meeting (use-cases/plan-meeting.ts): a case officer or decision maker of a funder.
  const planMeeting = funders.some((f) => PLANNER_ROLES.some((r) => hasRole(p, r, f.funder.organizationId)));
  return { rows, total, actions: { planMeeting } };
}
