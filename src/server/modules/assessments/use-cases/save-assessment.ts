import { eq, sql } from 'drizzle-orm';
import { transition, type Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import {
  assessmentGrades,
  assessments,
  cases,
  type Assessment,
  type AssessmentGrade,
} from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { caseNotFound, loadVisibleCase, requireCaseOfficer } from '../../cases/cases.policy.js';
import { lockCase } from '../../decisions/decisions.repository.js';
import { actorOf } from '../../auth/actor.js';
import type { AssessmentInput } from '../assessment-schema.js';
import {
  activeAspectIdsOfFunder,
  findAssessmentOfCase,
  gradesOf,
  priorityOfFunder,
} from '../assessments.repository.js';

export interface AssessmentDeps {
  db: Db;
  clock: Clock;
}

const staleAssessment = (current: number): AppError =>
  AppError.conflict(
    {
      sv: `Bedömningen har ändrats av någon annan sedan du hämtade den (nu version ${current}). Hämta den igen och gör om ändringen.`,
      en: `The assessment was changed by someone else since you loaded it (now version ${current}). Reload it and make the change again.`,
    },
    { currentVersion: current },
  );

async function checkReferences(db: Executor, funderId: string, input: AssessmentInput): Promise<void> {
  if (input.priorityId && !(await priorityOfFunder(db, input.priorityId, funderId))) {
    throw new AppError(
      'assessment.invalid_priority',
      422,
      {
        sv: 'Prioriteringen finns inte i stödgivarens strategier.',
        en: "The priority is not one of the funder's strategies.",
      },
      { field: 'priorityId' },
    );
  }
  const ids = input.grades.map((g) => g.aspectId);
  if (new Set(ids).size !== ids.length) {
    throw new AppError('assessment.duplicate_aspect', 422, {
      sv: 'Varje bedömningsaspekt får bara graderas en gång.',
      en: 'Each assessment aspect may be graded only once.',
    });
  }
  const known = await activeAspectIdsOfFunder(db, ids, funderId);
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError(
      'assessment.invalid_aspect',
      422,
      {
        sv: 'En eller flera bedömningsaspekter finns inte (eller används inte längre) hos stödgivaren.',
        en: 'One or more assessment aspects do not exist (or are retired) at the funder.',
      },
      { aspectIds: unknown },
    );
  }
}

/**
 * PUT /cases/:caseId/assessment (docs/domain/life-of-a-grant.md, "3. Assessment"): creates the case's assessment or
 * updates it. The first save starts the assessment (submitted → in_assessment). The case row is locked, so two first
 * saves cannot create two assessments, and a stale `version` is refused with 409 rather than overwriting.
 */
export async function saveAssessment(
  deps: AssessmentDeps,
  principal: Principal,
  caseId: string,
  input: AssessmentInput,
): Promise<{ assessment: Assessment; grades: AssessmentGrade[]; caseStatus: string }> {
  const scope = await loadVisibleCase(deps.db, principal, caseId);
  requireCaseOfficer(principal, scope);
  return deps.db.transaction(async (tx) => {
    const kase = await lockCase(tx, caseId);
    if (!kase) throw caseNotFound();
    let caseStatus = kase.status;
    if (kase.status === 'submitted') {
      const next = transition(kase.kind, kase.status, 'start_assessment');
      if (!next.ok) throw AppError.fromDomain(next.error, 409);
      caseStatus = next.value;
    } else if (kase.status !== 'in_assessment') {
      throw new AppError(
        'assessment.case_not_in_assessment',
        409,
        {
          sv: 'Ärendet är inte under bedömning; bedömningen kan inte ändras nu.',
          en: 'The case is not in assessment; the assessment cannot be changed now.',
        },
        { status: kase.status },
      );
    }
    await checkReferences(tx, scope.funder.id, input);

    const existing = await findAssessmentOfCase(tx, caseId);
    if (existing && input.version !== existing.version) throw staleAssessment(existing.version);
    const now = deps.clock.now();
    const fields = {
      priorityId: input.priorityId,
      strategyFitText: input.strategyFitText,
      eligibilityText: input.eligibilityText,
      stateAidBasis: input.stateAidBasis,
      cofinancingChecked: input.cofinancingChecked,
      assessedBy: principal.userId,
      assessedAt: now,
      updatedAt: now,
    };
    const [saved] = existing
      ? await tx
          .update(assessments)
          .set({ ...fields, version: sql`${assessments.version} + 1` })
          .where(sql`${assessments.id} = ${existing.id} AND ${assessments.version} = ${existing.version}`)
          .returning()
      : await tx
          .insert(assessments)
          .values({ ...fields, caseId, createdAt: now })
          .returning();
    if (!saved) throw staleAssessment((existing?.version ?? 0) + 1);
    const beforeGrades = existing ? await gradesOf(tx, existing.id) : [];
    await tx.delete(assessmentGrades).where(eq(assessmentGrades.assessmentId, saved.id));
    if (input.grades.length > 0) {
      await tx.insert(assessmentGrades).values(input.grades.map((g) => ({ ...g, assessmentId: saved.id })));
    }
    const grades = await gradesOf(tx, saved.id);

    const actor = actorOf(principal);
    if (caseStatus !== kase.status) {
      await tx
        .update(cases)
        .set({
          status: caseStatus,
          officerUserId: kase.officerUserId ?? principal.userId,
          updatedAt: now,
          version: sql`${cases.version} + 1`,
        })
        .where(eq(cases.id, caseId));
      await appendAudit(tx, deps.clock, actor, {
        action: 'case.status_changed',
        entityType: 'case',
        entityId: caseId,
        before: { status: kase.status },
        after: { status: caseStatus, event: 'start_assessment' },
      });
    }
    await appendAudit(tx, deps.clock, actor, {
      action: existing ? 'assessment.updated' : 'assessment.created',
      entityType: 'assessment',
      entityId: saved.id,
      before: existing ? { ...existing, grades: beforeGrades } : null,
      after: { ...saved, grades },
    });
    return { assessment: saved, grades, caseStatus };
  });
}
