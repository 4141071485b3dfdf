// The funder's standard conditions (allmänna villkor) in its grant letters. A grant prints the text as it
// was when the grant was approved, kept in the decision itself, so that a later change of the funder's
// settings never alters what an approved decision said.
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import * as s from '../../db/schema/index.js';

const KEY = 'standardConditions';

const nonEmpty = (t: unknown): string | null => (typeof t === 'string' && t.trim() !== '' ? t.trim() : null);

/**
 * What the letter prints: for a grant, the snapshot its approval took; for a draft's preview, the
 * funder's current text. An approved grant without a snapshot (imported, or from before snapshots) was
 * not approved under text Bidra knows, so nothing is printed for it.
 */
export function standardConditionsOf(decision: s.Decision, funder: s.Funder): string | null {
  if (decision.kind !== 'grant') return null;
  if (KEY in decision.body) return nonEmpty(decision.body[KEY]);
  return decision.approvedAt === null ? nonEmpty(funder.standardConditions) : null;
}

/**
 * The decision's body with the funder's standard conditions as they are now, for the approval to store
 * (in the same transaction, before the letter is produced); other kinds' bodies are returned unchanged.
 */
export async function bodyWithStandardConditions(tx: Executor, decision: s.Decision, funderId: string) {
  if (decision.kind !== 'grant') return decision.body;
  const [funder] = await tx
    .select({ standardConditions: s.funders.standardConditions })
    .from(s.funders)
    .where(eq(s.funders.id, funderId));
  return { ...decision.body, [KEY]: funder?.standardConditions ?? null };
}
