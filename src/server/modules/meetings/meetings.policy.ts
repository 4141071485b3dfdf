import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { funders, meetings, organizations, type Funder, type Meeting } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { hasRole, requireRole } from '../auth/policy.js';
import type { Principal, Role } from '../auth/principal.js';
import { MEETING_ROLES } from '../auth/reach.js';

/*
 * Who sees and works with a funder's committee meetings: its case officers, decision makers and
 * communications staff. Anyone else — another organisation's staff, applicants — gets 404 for a meeting,
 * exactly as for an id that does not exist.
 */

export { MEETING_ROLES };
/** Planning a meeting and marking it held: the officers who prepare it and the decision makers. */
export const PLANNER_ROLES: readonly Role[] = ['case_officer', 'decision_maker'];

export const meetingNotFound = (): AppError => AppError.notFound({ sv: 'Sammanträdet', en: 'The meeting' });

export interface MeetingScope {
  meeting: Meeting;
  funder: Funder;
  funderName: string;
}

export const seesMeetingsOf = (p: Principal, funderOrganizationId: string): boolean =>
  MEETING_ROLES.some((role) => hasRole(p, role, funderOrganizationId));

/** The meeting, its funder and the funder's name, or 404 when the caller may not know that it exists. */
export async function loadVisibleMeeting(db: Executor, p: Principal, meetingId: string): Promise<MeetingScope> {
  const [row] = await db
    .select({ meeting: meetings, funder: funders, funderName: organizations.name })
    .from(meetings)
    .innerJoin(funders, eq(funders.id, meetings.funderId))
    .innerJoin(organizations, eq(organizations.id, funders.organizationId))
    .where(eq(meetings.id, meetingId));
  if (!row || !seesMeetingsOf(p, row.funder.organizationId)) throw meetingNotFound();
  return row;
}

export const requirePlanner = (p: Principal, funder: Funder): void =>
  requireRole(p, PLANNER_ROLES, funder.organizationId);

export const requireCommunications = (p: Principal, funder: Funder): void =>
  requireRole(p, ['communications'], funder.organizationId);
