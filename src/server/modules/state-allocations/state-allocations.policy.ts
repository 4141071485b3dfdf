import { AppError } from '../../errors.js';
import { requireRole } from '../auth/policy.js';
import type { Principal, Role } from '../auth/principal.js';
import { ALLOCATION_READERS } from '../auth/reach.js';

/*
 * Who sees and keeps the region's state allocations (docs/domain/life-of-a-grant.md, "9. State allocations"). The
 * receiving organisation decides the scope: its finance officers and administrators keep the record, its case officers
 * read it. A state decision is visible to the staff of any of its recipients; an allocation is handled only by its own
 * recipient's staff. Anything else answers 404, exactly like an unknown id.
 */

export const ALLOCATION_KEEPERS: readonly Role[] = ['finance_officer', 'administrator'];

/** The organisations whose allocations the principal may read. */
export const readableRecipients = (p: Principal): string[] => [
  ...new Set(p.roles.filter((g) => ALLOCATION_READERS.includes(g.role)).map((g) => g.organizationId)),
];

/** Lists and the calendar: 403 for a signed-in person without any reading role (applicants, communications). */
export function requireAllocationReader(p: Principal): string[] {
  requireRole(p, ALLOCATION_READERS);
  return readableRecipients(p);
}

export const canReadAllocationOf = (p: Principal, recipientOrganizationId: string): boolean =>
  readableRecipients(p).includes(recipientOrganizationId);

/** Changing an allocation: a finance officer or administrator of the recipient (403 for its case officers). */
export const requireAllocationKeeper = (p: Principal, recipientOrganizationId: string): void =>
  requireRole(p, ALLOCATION_KEEPERS, recipientOrganizationId);

export const canKeepAllocationOf = (p: Principal, recipientOrganizationId: string): boolean =>
  p.roles.some((g) => ALLOCATION_KEEPERS.includes(g.role) && g.organizationId === recipientOrganizationId);

export const stateDecisionNotFound = (): AppError =>
  AppError.notFound({ sv: 'Regeringsbeslutet', en: 'The state decision' });
export const allocationNotFound = (): AppError => AppError.notFound({ sv: 'Tilldelningen', en: 'The allocation' });

export const staleAllocationVersion = (current: number): AppError =>
  AppError.conflict(
    {
      sv: `Tilldelningen har ändrats av någon annan sedan du hämtade den (nu version ${current}). Hämta den igen och gör om ändringen.`,
      en: `The allocation was changed by someone else since you loaded it (now version ${current}). Reload it and make the change again.`,
    },
    { currentVersion: current },
  );
