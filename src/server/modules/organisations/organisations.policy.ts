import { parseOrgNumber, type OrgNumber } from '../../../domain/index.js';
import { AppError, type Localized } from '../../errors.js';
import { hasRole } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';

export const organisationNotFound = (): AppError => AppError.notFound({ sv: 'Organisationen', en: 'The organisation' });

/**
 * An applicant organisation's administrator acts on their own organisation only. Anyone else gets 404,
 * the same answer as for an id that does not exist, so that trying ids teaches nothing.
 */
export function requireOrganisationAdmin(p: Principal, organizationId: string): void {
  if (!hasRole(p, 'applicant_admin', organizationId)) throw organisationNotFound();
}

/** A 409 or 422 whose message is also shown at one field of the form. */
export function fieldProblem(code: string, status: number, path: string, message: Localized): AppError {
  return new AppError(code, status, message, { issues: [{ path, code, severity: 'error', message }] });
}

/** The organisation number by the domain's rule, or a 422 at the field saying what is wrong with it. */
export function checkedOrgNumber(input: string, path = 'orgNumber'): OrgNumber {
  const parsed = parseOrgNumber(input);
  if (parsed.ok) return parsed.value;
  throw fieldProblem(parsed.error.code, 422, path, parsed.error.message);
}

/** Refuses someone who already works for an organisation: one person, one organisation. */
export function requireNoOrganisation(p: { organizationId: string | null }): void {
  if (p.organizationId === null) return;
  throw new AppError('organization.already_member', 409, {
    sv: 'Du hör redan till en organisation i Bidra. Be dess administratör ta bort dig först om du har bytt arbetsplats.',
    en: 'You already belong to an organisation in Bidra. Ask its administrator to remove you first if you have changed jobs.',
  });
}
