import { formatSek, ore, type Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import type { Appropriation, AppropriationYear } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import {
  appropriationsOf,
  committedOn,
  deleteYears,
  findFunderAppropriation,
  insertAppropriation,
  insertYear,
  updateAppropriation,
  updateYearBudget,
  yearsOf,
} from '../budget.repository.js';
import { blankToNull, fieldProblem, Issues, requiredText, staleVersion } from '../funder-problems.js';
import { loadFunderFor } from '../funders.policy.js';

export interface AppropriationInput {
  /** e.g. "1:1". */
  code: string;
  name: string;
  /** e.g. "UO 19". */
  expenditureArea: string | null;
  /** e.g. "ap. 4". */
  item: string | null;
  /** The budget of each year, in öre; years left out have no budget. */
  years: { year: number; budgetOre: number }[];
}

export const appropriationNotFound = (): AppError => AppError.notFound({ sv: 'Anslaget', en: 'The appropriation' });

type Deps = { db: Db; clock: Clock };
const actorOf = (p: Principal): Actor => ({ userId: p.userId, label: p.displayName });

/** POST /funders/:funderId/appropriations. */
export async function createAppropriation(deps: Deps, p: Principal, funderId: string, input: AppropriationInput) {
  await loadFunderFor(deps.db, p, funderId, ['administrator']);
  return deps.db.transaction((tx) => createAppropriationIn(tx, deps.clock, actorOf(p), funderId, input));
}

/**
 * PUT /funders/:funderId/appropriations/:appropriationId: the appropriation and its year budgets. No year
 * may end up with less budget than its grants already commit (the sum the decision checks use), and a
 * year with commitments keeps a budget: the 422 names the committed amount.
 */
export async function updateAppropriationOf(
  deps: Deps,
  p: Principal,
  funderId: string,
  appropriationId: string,
  input: AppropriationInput & { version: number },
) {
  await loadFunderFor(deps.db, p, funderId, ['administrator']);
  const actor = actorOf(p);
  return deps.db.transaction(async (tx) => {
    const current = await findFunderAppropriation(tx, funderId, appropriationId, { lock: true });
    if (!current) throw appropriationNotFound();
    if (current.version !== input.version) {
      throw staleVersion({ sv: 'Anslaget', en: 'The appropriation' }, current.version);
    }
    const values = await checkAppropriation(tx, funderId, input, current.id);
    const existing = await yearsOf(tx, [current.id]);
    await checkAgainstCommitments(tx, current.id, existing, input.years);
    const now = deps.clock.now();
    const saved = await updateAppropriation(tx, current.id, { ...values, updatedAt: now });
    await writeYears(tx, current.id, existing, input.years, now);
    await appendAudit(tx, deps.clock, actor, {
      action: 'appropriation.updated',
      entityType: 'appropriation',
      entityId: current.id,
      before: { ...current, appropriationCode: current.code, years: existing.map(auditYear) },
      after: { ...saved, appropriationCode: saved.code, years: input.years },
    });
    return saved;
  });
}

export async function createAppropriationIn(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  funderId: string,
  input: AppropriationInput,
): Promise<Appropriation> {
  const values = await checkAppropriation(tx, funderId, input, null);
  const now = clock.now();
  const appropriation = await insertAppropriation(tx, { funderId, ...values, createdAt: now, updatedAt: now });
  await writeYears(tx, appropriation.id, [], input.years, now);
  await appendAudit(tx, clock, actor, {
    action: 'appropriation.created',
    entityType: 'appropriation',
    entityId: appropriation.id,
    // `code` itself is redacted by the audit trail (sign-in codes share the name).
    after: { ...appropriation, appropriationCode: appropriation.code, years: input.years },
  });
  return appropriation;
}

const auditYear = (y: AppropriationYear) => ({ year: y.year, budgetOre: y.budgetOre });

async function checkAppropriation(tx: Executor, funderId: string, input: AppropriationInput, selfId: string | null) {
  const issues = new Issues();
  const code = requiredText(issues, 'code', input.code, 20, {
    sv: 'anslagets kod, t.ex. 1:1',
    en: 'the code, e.g. 1:1',
  });
  const name = requiredText(issues, 'name', input.name, 300, { sv: 'anslagets namn', en: "the appropriation's name" });
  const short = (path: string, value: string | null, label: { sv: string; en: string }) => {
    const t = blankToNull(value);
    if (t && t.length > 50) {
      issues.add(path, 'too_long', {
        sv: `${label.sv} får vara högst 50 tecken.`,
        en: `${label.en} can be at most 50 characters.`,
      });
    }
    return t;
  };
  const expenditureArea = short('expenditureArea', input.expenditureArea, {
    sv: 'Utgiftsområdet',
    en: 'The expenditure area',
  });
  const item = short('item', input.item, { sv: 'Anslagsposten', en: 'The item' });
  const seen = new Set<number>();
  input.years.forEach((y, i) => {
    if (seen.has(y.year)) {
      issues.add(`years.${i}.year`, 'year.repeated', {
        sv: `År ${y.year} finns redan. Ange varje år en gång.`,
        en: `The year ${y.year} is already given. Give each year once.`,
      });
    }
    seen.add(y.year);
  });
  issues.throwIfAny('appropriation.invalid');
  const same = (await appropriationsOf(tx, funderId)).find(
    (a) => a.id !== selfId && a.code === code && a.expenditureArea === expenditureArea && a.item === item,
  );
  if (same) {
    throw fieldProblem('appropriation.code_taken', 409, 'code', {
      sv: `Det finns redan ett anslag ${[expenditureArea, code, item].filter(Boolean).join(' ')} (${same.name}).`,
      en: `There is already an appropriation ${[expenditureArea, code, item].filter(Boolean).join(' ')} (${same.name}).`,
    });
  }
  return { code: code!, name: name!, expenditureArea, item };
}

async function checkAgainstCommitments(
  tx: Executor,
  appropriationId: string,
  existing: AppropriationYear[],
  wanted: AppropriationInput['years'],
): Promise<void> {
  const issues = new Issues();
  for (const [i, y] of wanted.entries()) {
    const before = existing.find((e) => e.year === y.year);
    if (before && before.budgetOre <= y.budgetOre) continue;
    const committed = await committedOn(tx, appropriationId, y.year);
    if (y.budgetOre < committed) {
      issues.add(`years.${i}.budgetOre`, 'appropriation.budget_below_committed', {
        sv: `Budgeten för ${y.year} kan inte vara lägre än det som redan är beviljat ur anslaget det året, ${formatSek(ore(committed))}.`,
        en: `The budget for ${y.year} cannot be lower than what is already granted from the appropriation that year, ${formatSek(ore(committed))}.`,
      });
    }
  }
  for (const gone of existing.filter((e) => !wanted.some((w) => w.year === e.year))) {
    const committed = await committedOn(tx, appropriationId, gone.year);
    if (committed > 0) {
      issues.add('years', 'appropriation.budget_below_committed', {
        sv: `Året ${gone.year} kan inte tas bort: ${formatSek(ore(committed))} är redan beviljat ur anslaget det året.`,
        en: `The year ${gone.year} cannot be removed: ${formatSek(ore(committed))} is already granted from the appropriation that year.`,
      });
    }
  }
  issues.throwIfAny('appropriation.budget_below_committed');
}

async function writeYears(
  tx: Executor,
  appropriationId: string,
  existing: AppropriationYear[],
  wanted: AppropriationInput['years'],
  now: Date,
): Promise<void> {
  await deleteYears(
    tx,
    existing.filter((e) => !wanted.some((w) => w.year === e.year)).map((e) => e.id),
  );
  for (const y of wanted) {
    const before = existing.find((e) => e.year === y.year);
    if (!before) {
      await insertYear(tx, { appropriationId, year: y.year, budgetOre: y.budgetOre, createdAt: now, updatedAt: now });
    } else if (before.budgetOre !== y.budgetOre) await updateYearBudget(tx, before.id, y.budgetOre, now);
  }
}
