import type { Executor } from '../../db/client.js';
import type { Funder } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { hasRole, requireRole } from '../auth/policy.js';
import type { Principal, Role } from '../auth/principal.js';
import { loadFunderFor } from '../funders/funders.policy.js';
import { findCall, type Call } from './calls.repository.js';

/** The funder's administrators keep its calls; its case officers read them (to filter and answer questions). */
export const CALL_READERS: readonly Role[] = ['administrator', 'case_officer'];
export const CALL_KEEPERS: readonly Role[] = ['administrator'];

export const callNotFound = (): AppError => AppError.notFound({ sv: 'Utlysningen', en: 'The call for proposals' });

/**
 * A call with its funder, for a caller who may read the funder's calls; otherwise 404, the same as for
 * an id that does not exist, so another funder's staff learn nothing by trying ids.
 */
export async function loadCallFor(
  db: Executor,
  p: Principal,
  callId: string,
  forUpdate = false,
): Promise<{ call: Call; funder: Funder }> {
  const call = await findCall(db, callId, forUpdate);
  if (!call) throw callNotFound();
  try {
    return { call, funder: await loadFunderFor(db, p, call.funderId, CALL_READERS) };
  } catch (error) {
    if (error instanceof AppError && error.status === 404) throw callNotFound();
    throw error;
  }
}

/** The funder, for a caller who may read its calls (404 otherwise). */
export const loadFunderForCalls = (db: Executor, p: Principal, funderId: string): Promise<Funder> =>
  loadFunderFor(db, p, funderId, CALL_READERS);

/** A case officer sees the funder's calls but changing them is its administrators' work (403). */
export function requireCallKeeper(p: Principal, funder: Funder): void {
  requireRole(p, CALL_KEEPERS, funder.organizationId);
}

export const canKeepCalls = (p: Principal, funder: Funder): boolean =>
  CALL_KEEPERS.some((r) => hasRole(p, r, funder.organizationId));
