import type { Executor } from '../../db/client.js';
import type { Priority, Strategy } from '../../db/schema/index.js';
import { aspectsOf, prioritiesInUse, prioritiesOf, strategiesOf } from './strategy.repository.js';
import { aspectVersion } from './use-cases/save-aspect.js';

/** Each strategy with its priorities, main ones each followed by their sub-priorities. */
export async function strategiesView(db: Executor, funderId: string, only?: Strategy) {
  const list = only ? [only] : await strategiesOf(db, funderId);
  const all = await prioritiesOf(
    db,
    list.map((s) => s.id),
  );
  const used = await prioritiesInUse(
    db,
    all.map((p) => p.id),
  );
  const items = list.map((s) => {
    const mine = all.filter((p) => p.strategyId === s.id);
    const codeOf = new Map(mine.map((p) => [p.id, p.code]));
    const view = (p: Priority) => ({
      id: p.id,
      code: p.code,
      title: p.title,
      parentId: p.parentId,
      parentCode: p.parentId ? (codeOf.get(p.parentId) ?? null) : null,
      active: p.active,
      inUse: used.has(p.id),
    });
    const ordered = mine
      .filter((p) => p.parentId === null)
      .flatMap((main) => [main, ...mine.filter((p) => p.parentId === main.id)]);
    // Anything deeper than two levels (older data) is still listed, after the rest.
    const rest = mine.filter((p) => !ordered.includes(p));
    return {
      id: s.id,
      name: s.name,
      yearFrom: s.yearFrom,
      yearTo: s.yearTo,
      version: s.version,
      priorities: [...ordered, ...rest].map(view),
    };
  });
  return { items };
}

export async function aspectsView(db: Executor, funderId: string) {
  const rows = await aspectsOf(db, funderId);
  return {
    items: rows.map((a) => ({ id: a.id, name: a.name, policy: a.policy, active: a.active, version: aspectVersion(a) })),
  };
}
