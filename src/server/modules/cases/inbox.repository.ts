import { and, asc, count, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cases, organizations } from '../../db/schema/index.js';
import { matterDiaryNumberSql } from './case-documents.repository.js';

export const OPEN_STATUSES = ['submitted', 'in_assessment', 'decision_proposed'] as const;
/**
 * What the inbox can filter by: the open statuses, and `draft` for a registered case returned to the
 * applicant for completion (it has a diary number, unlike a draft the applicant has never sent in).
 */
export const INBOX_STATUSES = [...OPEN_STATUSES, 'draft'] as const;
export type OpenStatus = (typeof INBOX_STATUSES)[number];

/**
 * A case back with the applicant for completion: registered but a draft again — an application by its diary
 * number, a later matter (registered in its project's case, with no number of its own) by its registration.
 */
const awaitingCompletion = () =>
  and(eq(cases.status, 'draft'), or(isNotNull(cases.diaryNumber), isNotNull(cases.registeredAt)))!;

export interface InboxQuery {
  funderIds: string[];
  status?: OpenStatus | undefined;
  /** 'me' = assigned to the caller, 'unassigned' = nobody yet, undefined = everyone's. */
  assigned?: { userId: string; mine: boolean } | 'unassigned' | undefined;
  /** Only applications made to this call for proposals. */
  callId?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * The officer's inbox: open cases of the funders the caller works for, and those waiting for the
 * applicant's completion (the officer still owns them), the most urgent first.
 */
export async function listInbox(db: Executor, q: InboxQuery) {
  const where: SQL[] = [
    inArray(cases.funderId, q.funderIds),
    q.status === 'draft'
      ? awaitingCompletion()
      : q.status
        ? eq(cases.status, q.status)
        : or(inArray(cases.status, [...OPEN_STATUSES]), awaitingCompletion())!,
  ];
  if (q.assigned === 'unassigned') where.push(isNull(cases.officerUserId));
  else if (q.assigned?.mine) where.push(eq(cases.officerUserId, q.assigned.userId));
  if (q.callId) where.push(eq(cases.callId, q.callId));
  const filter = and(...where);
  const items = await db
    .select({
      id: cases.id,
      kind: cases.kind,
      status: cases.status,
      title: cases.title,
      diaryNumber: matterDiaryNumberSql,
      applicant: organizations.name,
      receivedOn: cases.receivedOn,
      dueDate: cases.dueDate,
      officerUserId: cases.officerUserId,
    })
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.applicantOrganizationId))
    .where(filter)
    // Cases with a due date first, earliest first; then the oldest received.
    .orderBy(sql`${cases.dueDate} IS NULL`, asc(cases.dueDate), asc(cases.receivedOn), asc(cases.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(cases).where(filter);
  return { items, total: total?.n ?? 0 };
}
