import type { Executor } from '../../db/client.js';
import type { Funder } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { hasRole } from '../auth/policy.js';
import type { Principal, Role } from '../auth/principal.js';
import { findFunderById } from './funders.repository.js';

export const funderNotFound = (): AppError => AppError.notFound({ sv: 'Stödgivaren', en: 'The funder' });

/**
 * The funder, when the caller holds one of `roles` in its organisation; otherwise 404, the same answer
 * as for an id that does not exist, so that another funder's administrator learns nothing from trying.
 */
export async function loadFunderFor(
  db: Executor,
  p: Principal,
  funderId: string,
  roles: readonly Role[] = ['administrator'],
): Promise<Funder> {
  const funder = await findFunderById(db, funderId);
  if (!funder || !roles.some((role) => hasRole(p, role, funder.organizationId))) throw funderNotFound();
  return funder;
}
