import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, max, or, sql } from 'drizzle-orm';
import type { LocalDate } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import {
  agendaItems,
  cases,
  decisions,
  delegatedDecisionReportItems,
  delegatedDecisionReports,
  documents,
  funders,
  meetings,
  organizations,
  pressReleaseItems,
  pressReleases,
  projects,
} from '../../db/schema/index.js';
import { matterDiaryNumberSql } from '../cases/case-documents.repository.js';

/** The funders whose meetings the caller's organisations may see, by organisation id. */
export async function fundersOfOrganizations(db: Executor, organizationIds: readonly string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({ funder: funders, name: organizations.name })
    .from(funders)
    .innerJoin(organizations, eq(organizations.id, funders.organizationId))
    .where(inArray(funders.organizationId, [...organizationIds]))
    .orderBy(asc(organizations.name));
}

export async function listMeetings(
  db: Executor,
  funderIds: readonly string[],
  o: { status?: 'planned' | 'held' | undefined; limit: number; offset: number },
) {
  if (funderIds.length === 0) return { rows: [], total: 0 };
  const where = and(inArray(meetings.funderId, [...funderIds]), o.status ? eq(meetings.status, o.status) : undefined);
  const agendaCount = db.select({ n: count() }).from(agendaItems).where(eq(agendaItems.meetingId, meetings.id));
  const decisionCount = db.select({ n: count() }).from(decisions).where(eq(decisions.meetingId, meetings.id));
  const rows = await db
    .select({
      meeting: meetings,
      agendaItems: sql<number>`(${agendaCount})`.mapWith(Number),
      decisions: sql<number>`(${decisionCount})`.mapWith(Number),
    })
    .from(meetings)
    .where(where)
    .orderBy(desc(meetings.heldOn), asc(meetings.id))
    .limit(o.limit)
    .offset(o.offset);
  const [total] = await db.select({ n: count() }).from(meetings).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findMeeting(db: Executor, id: string) {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
  return row ?? null;
}

/** The agenda in order, with the case each item concerns. */
export function agendaOf(db: Executor, meetingId: string) {
  return db
    .select({
      id: agendaItems.id,
      position: agendaItems.position,
      paragraph: agendaItems.paragraph,
      title: agendaItems.title,
      caseId: agendaItems.caseId,
      decisionId: agendaItems.decisionId,
      diaryNumber: matterDiaryNumberSql,
      extractTo: agendaItems.extractTo,
    })
    .from(agendaItems)
    .leftJoin(cases, eq(cases.id, agendaItems.caseId))
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id));
}

const decisionColumns = {
  id: decisions.id,
  kind: decisions.kind,
  status: decisions.status,
  caseId: decisions.caseId,
  diaryNumber: matterDiaryNumberSql,
  caseTitle: cases.title,
  projectId: decisions.projectId,
  projectName: projects.name,
  projectAcronym: projects.acronym,
  projectSummary: projects.summary,
  ownerName: organizations.name,
  amountOre: decisions.amountOre,
  maxShareBp: decisions.maxShareBp,
  approvedCostsOre: decisions.approvedCostsOre,
  periodStart: decisions.periodStart,
  periodEnd: decisions.periodEnd,
  decisionDate: decisions.decisionDate,
  decidedByName: decisions.decidedByName,
  capacity: decisions.capacity,
  delegationPoint: decisions.delegationPoint,
  presentedByName: decisions.presentedByName,
  presentedByCapacity: decisions.presentedByCapacity,
  reasons: decisions.reasons,
  body: decisions.body,
  approvedAt: decisions.approvedAt,
};
export type MeetingDecisionRow = Awaited<ReturnType<typeof decisionsAtMeeting>>[number];

/**
 * The decisions taken (or to be taken) at the meeting, in agenda order: those on the agenda first, by
 * their item's position, then any other, by project name.
 */
export function decisionsAtMeeting(db: Executor, meetingId: string, o: { approvedOnly?: boolean } = {}) {
  const agendaPosition = db
    .select({ p: sql`min(${agendaItems.position})` })
    .from(agendaItems)
    .where(
      and(
        eq(agendaItems.meetingId, meetingId),
        or(eq(agendaItems.decisionId, decisions.id), eq(agendaItems.caseId, decisions.caseId)),
      ),
    );
  return db
    .select({ ...decisionColumns, agendaPosition: sql<number | null>`(${agendaPosition})` })
    .from(decisions)
    .innerJoin(cases, eq(cases.id, decisions.caseId))
    .leftJoin(projects, eq(projects.id, decisions.projectId))
    .innerJoin(organizations, eq(organizations.id, cases.applicantOrganizationId))
    .where(and(eq(decisions.meetingId, meetingId), o.approvedOnly ? isNotNull(decisions.approvedAt) : undefined))
    .orderBy(sql`(${agendaPosition}) ASC NULLS LAST`, asc(cases.title), asc(decisions.id));
}

export function findDecisionAtMeeting(db: Executor, meetingId: string, decisionId: string) {
  return decisionsAtMeeting(db, meetingId).then((rows) => rows.find((r) => r.id === decisionId) ?? null);
}

export type DelegatedRow = Awaited<ReturnType<typeof delegatedDecisionsOf>>[number];

/**
 * The funder's approved delegated decisions that are either not yet on any report, or on the report of
 * `meetingId`: what that meeting's report can hold. `reportedAtMeetingId` is null for the former.
 */
export function delegatedDecisionsOf(db: Executor, funderId: string, meetingId: string) {
  return db
    .select({
      ...decisionColumns,
      reportedAtMeetingId: delegatedDecisionReports.meetingId,
    })
    .from(decisions)
    .innerJoin(cases, eq(cases.id, decisions.caseId))
    .leftJoin(projects, eq(projects.id, decisions.projectId))
    .innerJoin(organizations, eq(organizations.id, cases.applicantOrganizationId))
    .leftJoin(delegatedDecisionReportItems, eq(delegatedDecisionReportItems.decisionId, decisions.id))
    .leftJoin(delegatedDecisionReports, eq(delegatedDecisionReports.id, delegatedDecisionReportItems.reportId))
    .where(
      and(
        eq(cases.funderId, funderId),
        isNotNull(decisions.delegationPoint),
        isNotNull(decisions.approvedAt),
        isNull(decisions.meetingId),
        or(isNull(delegatedDecisionReportItems.id), eq(delegatedDecisionReports.meetingId, meetingId)),
      ),
    );
}

/** The funder's meetings not yet held (where delegated decisions wait to be reported). */
export function plannedMeetingsOf(db: Executor, funderId: string) {
  return db
    .select({ id: meetings.id, heldOn: meetings.heldOn })
    .from(meetings)
    .where(and(eq(meetings.funderId, funderId), eq(meetings.status, 'planned')));
}

/** The day of the last meeting before `before` at which delegated decisions were reported, if any. */
export async function lastReportDateBefore(db: Executor, funderId: string, before: LocalDate) {
  const [row] = await db
    .select({ day: max(meetings.heldOn) })
    .from(meetings)
    .innerJoin(delegatedDecisionReports, eq(delegatedDecisionReports.meetingId, meetings.id))
    .where(and(eq(meetings.funderId, funderId), eq(meetings.status, 'held'), lt(meetings.heldOn, before)));
  return (row?.day ?? null) as LocalDate | null;
}

export async function reportOfMeeting(db: Executor, meetingId: string) {
  const [row] = await db
    .select()
    .from(delegatedDecisionReports)
    .where(eq(delegatedDecisionReports.meetingId, meetingId));
  return row ?? null;
}

export async function pressReleaseOfMeeting(db: Executor, meetingId: string) {
  const [row] = await db
    .select()
    .from(pressReleases)
    .where(eq(pressReleases.meetingId, meetingId))
    .orderBy(asc(pressReleases.createdAt))
    .limit(1);
  return row ?? null;
}

export function pressReleaseItemsOf(db: Executor, pressReleaseId: string) {
  return db
    .select()
    .from(pressReleaseItems)
    .where(eq(pressReleaseItems.pressReleaseId, pressReleaseId))
    .orderBy(asc(pressReleaseItems.position));
}

/** A stored document of a kind with exactly these bytes (a minutes extract already produced). */
export async function documentBySha(db: Executor, kind: string, sha256: string) {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.kind, kind), eq(documents.sha256, sha256)))
    .orderBy(asc(documents.createdAt))
    .limit(1);
  return row ?? null;
}

export async function findDocumentById(db: Executor, id: string) {
  const [row] = await db.select().from(documents).where(eq(documents.id, id));
  return row ?? null;
}

/** Published press releases, newest first, with what a list shows. */
export async function listPublishedPressReleases(db: Executor, o: { limit: number; offset: number }) {
  const lines = db
    .select({ n: count() })
    .from(pressReleaseItems)
    .where(eq(pressReleaseItems.pressReleaseId, pressReleases.id));
  const rows = await db
    .select({
      release: pressReleases,
      meetingDate: meetings.heldOn,
      committeeName: meetings.committeeName,
      funderName: organizations.name,
      projectCount: sql<number>`(${lines})`.mapWith(Number),
    })
    .from(pressReleases)
    .leftJoin(meetings, eq(meetings.id, pressReleases.meetingId))
    .leftJoin(funders, eq(funders.id, meetings.funderId))
    .leftJoin(organizations, eq(organizations.id, funders.organizationId))
    .where(isNotNull(pressReleases.publishedAt))
    .orderBy(desc(pressReleases.publishedAt), asc(pressReleases.id))
    .limit(o.limit)
    .offset(o.offset);
  const [total] = await db.select({ n: count() }).from(pressReleases).where(isNotNull(pressReleases.publishedAt));
  return { rows, total: total?.n ?? 0 };
}

export async function findPublishedPressRelease(db: Executor, id: string) {
  const [row] = await db
    .select({
      release: pressReleases,
      meetingDate: meetings.heldOn,
      committeeName: meetings.committeeName,
      funderName: organizations.name,
    })
    .from(pressReleases)
    .leftJoin(meetings, eq(meetings.id, pressReleases.meetingId))
    .leftJoin(funders, eq(funders.id, meetings.funderId))
    .leftJoin(organizations, eq(organizations.id, funders.organizationId))
    .where(and(eq(pressReleases.id, id), isNotNull(pressReleases.publishedAt)));
  return row ?? null;
}
