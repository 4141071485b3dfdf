import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditEvents, caseExternalIds, cases, decisions, documents, funders } from '../../db/schema/index.js';
import { caseFilesTimeline } from './case-files-timeline.js';

export interface TimelineEntry {
  at: string;
  kind: 'event' | 'document';
  action: string;
  actor: string;
  entityType: string;
  entityId: string;
  documentId?: string;
  filename?: string;
  sha256?: string;
}

/**
 * Everything that happened to a case, oldest first: its own audit events, those of its decisions, and the
 * documents filed under it. Read from the audit trail itself, so the timeline cannot disagree with it.
 */
export async function caseTimeline(db: Executor, caseId: string): Promise<TimelineEntry[]> {
  const decisionIds = (await db.select({ id: decisions.id }).from(decisions).where(eq(decisions.caseId, caseId))).map(
    (d) => d.id,
  );
  const docs = await db.select().from(documents).where(eq(documents.caseId, caseId));
  const entityMatch = [and(eq(auditEvents.entityType, 'case'), eq(auditEvents.entityId, caseId))];
  if (decisionIds.length)
    entityMatch.push(and(eq(auditEvents.entityType, 'decision'), inArray(auditEvents.entityId, decisionIds)));
  const events = await db
    .select()
    .from(auditEvents)
    .where(or(...entityMatch))
    .orderBy(asc(auditEvents.id));
  const entries: TimelineEntry[] = events.map((e) => ({
    at: e.occurredAt.toISOString(),
    kind: 'event',
    action: e.action,
    actor: e.actorLabel,
    entityType: e.entityType,
    entityId: e.entityId,
  }));
  entries.push(...(await caseFilesTimeline(db, caseId)));
  // Attachments are on the timeline through their own events (caseFilesTimeline), with their names.
  for (const d of docs.filter((doc) => doc.kind !== 'attachment')) {
    entries.push({
      at: d.createdAt.toISOString(),
      kind: 'document',
      action: `document.${d.kind}`,
      actor: '',
      entityType: 'document',
      entityId: d.id,
      documentId: d.id,
      filename: d.filename,
      sha256: d.sha256,
    });
  }
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The case and its funder, for deciding who may see its timeline. */
export async function caseWithFunder(db: Executor, caseId: string) {
  const [row] = await db
    .select({ kase: cases, funder: funders })
    .from(cases)
    .innerJoin(funders, eq(funders.id, cases.funderId))
    .where(eq(cases.id, caseId));
  return row;
}

/** The same case's ids in other systems (Nyps …). */
export function externalIdsOfCase(db: Executor, caseId: string) {
  return db
    .select({ system: caseExternalIds.system, externalId: caseExternalIds.externalId })
    .from(caseExternalIds)
    .where(eq(caseExternalIds.caseId, caseId));
}
