import { eq, sql } from 'drizzle-orm';
import { isProjectOpen, today, type Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import { reports, type Report } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import {
  isProjectBeneficiary,
  loadVisibleProject,
  lockProject,
  requireBeneficiary,
  requireOfficer,
  type ProjectScope,
} from '../../shared/project-scope.js';
import { registerProjectDocument } from '../../cases/use-cases/register-case-document.js';
import { actorOf } from '../../auth/actor.js';
import { reportNotFound, reportWrongState, staleReport } from '../closure-errors.js';
import { findReport, markPlanItem, reportsOfProject } from '../closure.repository.js';

export interface ClosureDeps {
  db: Db;
  clock: Clock;
}

export interface ReportContent {
  summary: string;
  results: string;
  indicators: string;
}

export interface ReportInput {
  kind: 'progress' | 'final';
  period?: { start: string; end: string } | undefined;
  content: ReportContent;
}

export const reportState = (r: Report): 'draft' | 'submitted' | 'approved' =>
  r.approvedAt ? 'approved' : r.submittedAt ? 'submitted' : 'draft';

/** A report and its project, or 404; a draft is the beneficiary's own until it is submitted. */
export async function loadVisibleReport(db: Db, p: Principal, id: string): Promise<{ report: Report } & ProjectScope> {
  const report = await findReport(db, id);
  if (!report) throw reportNotFound();
  let scope: ProjectScope;
  try {
    scope = await loadVisibleProject(db, p, report.projectId);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) throw reportNotFound();
    throw error;
  }
  if (reportState(report) === 'draft' && !isProjectBeneficiary(p, scope)) throw reportNotFound();
  return { report, ...scope };
}

const projectClosed = () =>
  new AppError('report.project_closed', 409, {
    sv: 'Projektet är avslutat; rapporter kan inte längre skrivas.',
    en: 'The project is closed; reports can no longer be written.',
  });

/** POST /projects/:projectId/reports — the beneficiary starts a report (a draft). One final report per project. */
export async function createReport(deps: ClosureDeps, p: Principal, projectId: string, input: ReportInput) {
  const scope = await loadVisibleProject(deps.db, p, projectId);
  requireBeneficiary(p, scope);
  return deps.db.transaction(async (tx) => {
    const project = await lockProject(tx, projectId);
    if (!isProjectOpen(project.status)) throw projectClosed();
    if (input.kind === 'final' && (await reportsOfProject(tx, projectId)).some((r) => r.kind === 'final')) {
      throw new AppError('report.final_exists', 409, {
        sv: 'Projektet har redan en slutrapport; öppna och fortsätt den.',
        en: 'The project already has a final report; open and continue it.',
      });
    }
    const [row] = await tx
      .insert(reports)
      .values({
        projectId,
        kind: input.kind,
        periodStart: input.period?.start ?? null,
        periodEnd: input.period?.end ?? null,
        content: { ...input.content },
      })
      .returning();
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'report.created',
      entityType: 'report',
      entityId: row!.id,
      after: { kind: row!.kind, projectId },
    });
    return row!;
  });
}

/** PUT /reports/:id — the beneficiary edits a draft; a stale version answers 409. */
export async function updateReport(
  deps: ClosureDeps,
  p: Principal,
  id: string,
  input: { version: number; content: ReportContent; period?: { start: string; end: string } | undefined },
) {
  const scope = await loadVisibleReport(deps.db, p, id);
  requireBeneficiary(p, scope);
  return deps.db.transaction(async (tx) => {
    const before = await findReport(tx, id);
    if (!before) throw reportNotFound();
    if (before.version !== input.version) throw staleReport(before.version);
    if (reportState(before) !== 'draft')
      throw reportWrongState(reportState(before), { sv: 'ändras', en: 'be changed' });
    const now = deps.clock.now();
    const [row] = await tx
      .update(reports)
      .set({
        content: { ...input.content },
        periodStart: input.period?.start ?? before.periodStart,
        periodEnd: input.period?.end ?? before.periodEnd,
        updatedAt: now,
        version: sql`${reports.version} + 1`,
      })
      .where(eq(reports.id, id))
      .returning();
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'report.updated',
      entityType: 'report',
      entityId: id,
      before: { content: before.content },
      after: { content: row!.content },
    });
    return row!;
  });
}

const periodText = (r: Report) => (r.periodStart && r.periodEnd ? ` ${r.periodStart} – ${r.periodEnd}` : '');

const blank = (s: unknown) => typeof s !== 'string' || s.trim() === '';

/** POST /reports/:id/submit — the beneficiary submits; the reporting plan's matching item is marked submitted. */
export async function submitReport(deps: ClosureDeps, p: Principal, id: string, input: { version: number }) {
  const scope = await loadVisibleReport(deps.db, p, id);
  requireBeneficiary(p, scope);
  return deps.db.transaction(async (tx) => {
    await lockProject(tx, scope.project.id);
    const before = await findReport(tx, id);
    if (!before) throw reportNotFound();
    if (before.version !== input.version) throw staleReport(before.version);
    if (reportState(before) !== 'draft')
      throw reportWrongState(reportState(before), { sv: 'skickas in', en: 'be submitted' });
    if (blank(before.content.summary) || blank(before.content.results)) {
      throw new AppError('report.incomplete', 422, {
        sv: 'Skriv en sammanfattning och projektets resultat innan rapporten skickas in.',
        en: 'Write a summary and the results of the project before submitting the report.',
      });
    }
    const now = deps.clock.now();
    const [row] = await tx
      .update(reports)
      .set({ submittedAt: now, submittedBy: p.userId, updatedAt: now, version: sql`${reports.version} + 1` })
      .where(eq(reports.id, id))
      .returning();
    const itemId = await markPlanItem(tx, row!, 'submitted', now);
    await registerProjectDocument(tx, deps.clock, actorOf(p), row!.projectId, {
      kind: row!.kind === 'final' ? 'final_report' : 'progress_report',
      title: row!.kind === 'final' ? 'Slutrapport' : `Lägesrapport${periodText(row!)}`,
      direction: 'in',
      registeredOn: today(deps.clock),
    });
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'report.submitted',
      entityType: 'report',
      entityId: id,
      before: { status: 'draft' },
      after: { status: 'submitted', reportingPlanItemId: itemId },
    });
    return row!;
  });
}

/** POST /reports/:id/approve — the funder's case officer approves; the reporting plan's item is approved. */
export async function approveReport(deps: ClosureDeps, p: Principal, id: string, input: { version: number }) {
  const scope = await loadVisibleReport(deps.db, p, id);
  requireOfficer(p, scope);
  return deps.db.transaction(async (tx) => {
    await lockProject(tx, scope.project.id);
    const before = await findReport(tx, id);
    if (!before) throw reportNotFound();
    if (before.version !== input.version) throw staleReport(before.version);
    if (reportState(before) !== 'submitted') {
      throw reportWrongState(reportState(before), { sv: 'godkännas', en: 'be approved' });
    }
    const now = deps.clock.now();
    const [row] = await tx
      .update(reports)
      .set({ approvedAt: now, approvedBy: p.userId, updatedAt: now, version: sql`${reports.version} + 1` })
      .where(eq(reports.id, id))
      .returning();
    const itemId = await markPlanItem(tx, row!, 'approved', now);
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'report.approved',
      entityType: 'report',
      entityId: id,
      before: { status: 'submitted' },
      after: { status: 'approved', reportingPlanItemId: itemId },
    });
    return row!;
  });
}
