import type { Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import type { Priority, Strategy } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { Issues, requiredText, staleVersion } from '../funder-problems.js';
import { loadFunderFor } from '../funders.policy.js';
import {
  deletePriorities,
  findStrategy,
  insertPriority,
  insertStrategy,
  prioritiesInUse,
  prioritiesOf,
  updatePriority,
  updateStrategy,
} from '../strategy.repository.js';

export interface PriorityInput {
  /** A priority of this strategy to change; absent for a new one. */
  id?: string | undefined;
  code: string;
  title: string;
  /** The code of the priority this one is a sub-priority of, in the same strategy; null for a top-level one. */
  parentCode: string | null;
  active: boolean;
}

export interface StrategyInput {
  name: string;
  yearFrom: number | null;
  yearTo: number | null;
  priorities: PriorityInput[];
}

export const strategyNotFound = (): AppError => AppError.notFound({ sv: 'Strategin', en: 'The strategy' });

type Deps = { db: Db; clock: Clock };
const actorOf = (p: Principal): Actor => ({ userId: p.userId, label: p.displayName });

/** POST /funders/:funderId/strategies: a new strategy with its priorities. */
export async function createStrategy(deps: Deps, p: Principal, funderId: string, input: StrategyInput) {
  await loadFunderFor(deps.db, p, funderId, ['administrator']);
  return deps.db.transaction((tx) => createStrategyIn(tx, deps.clock, actorOf(p), funderId, input));
}

/**
 * PUT /funders/:funderId/strategies/:strategyId: the strategy and its whole list of priorities. Priorities
 * named by id are changed; new ones added; one left out is removed only if nothing refers to it, since
 * assessments, projects and calls that chose it must keep it (it is retired with `active: false` instead).
 */
export async function updateStrategyOf(
  deps: Deps,
  p: Principal,
  funderId: string,
  strategyId: string,
  input: StrategyInput & { version: number },
) {
  await loadFunderFor(deps.db, p, funderId, ['administrator']);
  return deps.db.transaction((tx) => updateStrategyIn(tx, deps.clock, actorOf(p), funderId, strategyId, input));
}

export async function createStrategyIn(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  funderId: string,
  input: StrategyInput,
): Promise<Strategy> {
  const checked = checkStrategy(input, []);
  const now = clock.now();
  const strategy = await insertStrategy(tx, { funderId, ...checked, createdAt: now, updatedAt: now });
  const after = await writePriorities(tx, strategy.id, [], input.priorities);
  await appendAudit(tx, clock, actor, {
    action: 'strategy.created',
    entityType: 'strategy',
    entityId: strategy.id,
    after: { ...strategy, priorities: after.map(auditPriority) },
  });
  return strategy;
}

export async function updateStrategyIn(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  funderId: string,
  strategyId: string,
  input: StrategyInput & { version: number },
): Promise<Strategy> {
  const current = await findStrategy(tx, funderId, strategyId, { lock: true });
  if (!current) throw strategyNotFound();
  if (current.version !== input.version) throw staleVersion({ sv: 'Strategin', en: 'The strategy' }, current.version);
  const existing = await prioritiesOf(tx, [strategyId]);
  const checked = checkStrategy(input, existing);
  const removed = existing.filter((e) => !input.priorities.some((i) => i.id === e.id));
  const used = await prioritiesInUse(
    tx,
    removed.map((r) => r.id),
  );
  if (used.size > 0) {
    const codes = removed.filter((r) => used.has(r.id)).map((r) => r.code);
    throw new AppError(
      'priority.in_use',
      422,
      {
        sv: `Prioritering ${codes.join(', ')} används av bedömningar, projekt eller utlysningar och kan inte tas bort. Avaktivera den i stället.`,
        en: `Priority ${codes.join(', ')} is used by assessments, projects or calls and cannot be removed. Retire it instead.`,
      },
      { codes },
    );
  }
  const saved = await updateStrategy(tx, strategyId, { ...checked, updatedAt: clock.now() });
  const after = await writePriorities(tx, strategyId, existing, input.priorities);
  await appendAudit(tx, clock, actor, {
    action: 'strategy.updated',
    entityType: 'strategy',
    entityId: strategyId,
    before: { ...current, priorities: existing.map(auditPriority) },
    after: { ...saved, priorities: after.map(auditPriority) },
  });
  return saved;
}

// Named `priorityCode` because the audit trail redacts every key called `code` (sign-in codes).
const auditPriority = (p: Priority) => ({
  id: p.id,
  priorityCode: p.code,
  title: p.title,
  parentId: p.parentId,
  active: p.active,
});

/** Every problem of the strategy and its priorities at once, each linked to its field. */
function checkStrategy(input: StrategyInput, existing: Priority[]) {
  const issues = new Issues();
  const name = requiredText(issues, 'name', input.name, 300, { sv: 'strategins namn', en: "the strategy's name" });
  if (input.yearFrom !== null && input.yearTo !== null && input.yearFrom > input.yearTo) {
    issues.add('yearTo', 'years.inverted', {
      sv: `Strategin kan inte sluta (${input.yearTo}) före det år den börjar (${input.yearFrom}).`,
      en: `The strategy cannot end (${input.yearTo}) before the year it starts (${input.yearFrom}).`,
    });
  }
  const ids = new Set(existing.map((e) => e.id));
  const byCode = new Map<string, PriorityInput>();
  const seen = new Set<string>();
  input.priorities.forEach((p, i) => {
    const at = `priorities.${i}`;
    const code = requiredText(issues, `${at}.code`, p.code, 20, { sv: 'en kod, t.ex. 3.1', en: 'a code, e.g. 3.1' });
    requiredText(issues, `${at}.title`, p.title, 300, { sv: 'prioriteringens namn', en: "the priority's title" });
    if (p.id !== undefined && (!ids.has(p.id) || seen.has(p.id))) {
      issues.add(`${at}.code`, 'priority.unknown', {
        sv: 'Prioriteringen hör inte till den här strategin. Hämta strategin igen.',
        en: 'The priority does not belong to this strategy. Reload the strategy.',
      });
    }
    if (p.id !== undefined) seen.add(p.id);
    if (code === null) return;
    if (byCode.has(code)) {
      issues.add(`${at}.code`, 'priority.code_taken', {
        sv: `Koden ${code} används redan av en annan prioritering i strategin. Varje kod ska vara unik.`,
        en: `The code ${code} is already used by another priority of the strategy. Each code must be unique.`,
      });
    } else byCode.set(code, p);
  });
  input.priorities.forEach((p, i) => {
    const parentCode = p.parentCode?.trim() || null;
    if (parentCode === null) return;
    const parent = byCode.get(parentCode);
    const path = `priorities.${i}.parentCode`;
    if (!parent || parent === p) {
      issues.add(path, 'priority.parent_unknown', {
        sv: `Det finns ingen annan prioritering med koden ${parentCode} i strategin. Välj en huvudprioritering i samma strategi.`,
        en: `There is no other priority with the code ${parentCode} in the strategy. Choose a main priority of the same strategy.`,
      });
    } else if (parent.parentCode?.trim()) {
      issues.add(path, 'priority.parent_nested', {
        sv: `${parentCode} är själv en delprioritering. En delprioritering ska höra till en huvudprioritering.`,
        en: `${parentCode} is itself a sub-priority. A sub-priority must belong to a main priority.`,
      });
    }
  });
  issues.throwIfAny('strategy.invalid');
  return { name: name!, yearFrom: input.yearFrom, yearTo: input.yearTo };
}

/**
 * Writes the checked list. The kept priorities are first detached from their parents and a changing code
 * moved aside, so that the ones left out can be removed and two priorities may swap codes (or a new one
 * take a removed one's code) within the unique constraint; then main priorities are written before their
 * sub-priorities, which need the parent's id.
 */
async function writePriorities(
  tx: Executor,
  strategyId: string,
  existing: Priority[],
  input: PriorityInput[],
): Promise<Priority[]> {
  const byId = new Map(existing.map((e) => [e.id, e]));
  const wanted = input.map((p) => ({
    ...p,
    code: p.code.trim(),
    title: p.title.trim(),
    parentCode: p.parentCode?.trim() || null,
  }));
  const kept = new Set(wanted.flatMap((p) => (p.id ? [p.id] : [])));
  for (const before of existing.filter((e) => kept.has(e.id))) {
    await updatePriority(tx, before.id, { parentId: null, code: `~${before.id}` });
  }
  await deletePriorities(
    tx,
    existing.filter((e) => !kept.has(e.id)).map((e) => e.id),
  );
  const ids = new Map<string, string>();
  const written: Priority[] = [];
  for (const level of [wanted.filter((p) => !p.parentCode), wanted.filter((p) => p.parentCode)]) {
    for (const p of level) {
      const values = {
        code: p.code,
        title: p.title,
        active: p.active,
        parentId: p.parentCode ? ids.get(p.parentCode)! : null,
      };
      if (p.id) {
        await updatePriority(tx, p.id, values);
        written.push({ ...byId.get(p.id)!, ...values });
        ids.set(p.code, p.id);
      } else {
        const row = await insertPriority(tx, { strategyId, ...values });
        written.push(row);
        ids.set(p.code, row.id);
      }
    }
  }
  return written;
}
