import type { Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import type { AssessmentAspect } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { contentVersion } from '../content-version.js';
import { blankToNull, fieldProblem, Issues, requiredText, staleVersion } from '../funder-problems.js';
import { loadFunderFor } from '../funders.policy.js';
import { aspectGradeCount, findAspect, findAspectByName, insertAspect, updateAspect } from '../strategy.repository.js';

export interface AspectInput {
  name: string;
  /** The policy the aspect comes from, e.g. "Agenda för hållbar finansiering". */
  policy: string | null;
  /** False retires it: kept for the assessments that graded it, not offered for new ones. */
  active: boolean;
}

export const aspectNotFound = (): AppError =>
  AppError.notFound({ sv: 'Bedömningsgrunden', en: 'The assessment aspect' });

export const aspectVersion = (a: AssessmentAspect): string => contentVersion([a.name, a.policy, a.active]);

type Deps = { db: Db; clock: Clock };
const actorOf = (p: Principal): Actor => ({ userId: p.userId, label: p.displayName });

/** POST /funders/:funderId/aspects. */
export async function createAspect(deps: Deps, p: Principal, funderId: string, input: AspectInput) {
  await loadFunderFor(deps.db, p, funderId, ['administrator']);
  return deps.db.transaction((tx) => createAspectIn(tx, deps.clock, actorOf(p), funderId, input));
}

/**
 * PUT /funders/:funderId/aspects/:aspectId. An aspect already graded in assessments keeps its name, since
 * those assessments were made against it; it can be retired and a new one added.
 */
export async function updateAspectOf(
  deps: Deps,
  p: Principal,
  funderId: string,
  aspectId: string,
  input: AspectInput & { version: string },
) {
  await loadFunderFor(deps.db, p, funderId, ['administrator']);
  return deps.db.transaction(async (tx) => {
    const current = await findAspect(tx, funderId, aspectId, { lock: true });
    if (!current) throw aspectNotFound();
    if (aspectVersion(current) !== input.version) {
      throw staleVersion({ sv: 'Bedömningsgrunden', en: 'The assessment aspect' }, aspectVersion(current));
    }
    const checked = await checkAspect(tx, funderId, input, current);
    if (checked.name !== current.name && (await aspectGradeCount(tx, aspectId)) > 0) {
      throw fieldProblem('aspect.in_use', 422, 'name', {
        sv: `"${current.name}" har använts i bedömningar och behåller sitt namn. Avaktivera den och lägg till en ny i stället.`,
        en: `"${current.name}" has been used in assessments and keeps its name. Retire it and add a new one instead.`,
      });
    }
    const saved = await updateAspect(tx, aspectId, { ...checked, updatedAt: deps.clock.now() });
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'assessment_aspect.updated',
      entityType: 'assessment_aspect',
      entityId: aspectId,
      before: { name: current.name, policy: current.policy, active: current.active },
      after: { name: saved.name, policy: saved.policy, active: saved.active },
    });
    return saved;
  });
}

export async function createAspectIn(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  funderId: string,
  input: AspectInput,
): Promise<AssessmentAspect> {
  const checked = await checkAspect(tx, funderId, input, null);
  const now = clock.now();
  const aspect = await insertAspect(tx, { funderId, ...checked, createdAt: now, updatedAt: now });
  await appendAudit(tx, clock, actor, {
    action: 'assessment_aspect.created',
    entityType: 'assessment_aspect',
    entityId: aspect.id,
    after: aspect,
  });
  return aspect;
}

async function checkAspect(tx: Executor, funderId: string, input: AspectInput, current: AssessmentAspect | null) {
  const issues = new Issues();
  const name = requiredText(issues, 'name', input.name, 200, {
    sv: 'bedömningsgrundens namn, t.ex. Sammanhållen region',
    en: "the aspect's name, e.g. Sammanhållen region",
  });
  const policy = blankToNull(input.policy);
  if (policy && policy.length > 300) {
    issues.add('policy', 'too_long', {
      sv: 'Policyns namn får vara högst 300 tecken.',
      en: "The policy's name can be at most 300 characters.",
    });
  }
  issues.throwIfAny('aspect.invalid');
  const same = await findAspectByName(tx, funderId, name!);
  if (same && same.id !== current?.id) {
    throw fieldProblem('aspect.name_taken', 409, 'name', {
      sv: `Det finns redan en bedömningsgrund som heter "${same.name}".`,
      en: `There is already an assessment aspect called "${same.name}".`,
    });
  }
  return { name: name!, policy, active: input.active };
}
