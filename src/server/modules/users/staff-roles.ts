import { AppError, type Localized } from '../../errors.js';
import { ROLE_NAMES } from '../auth/policy.js';
import type { Role } from '../auth/principal.js';

/** The roles a funder gives its own staff (docs/domain/accounts.md). Applicant roles are not among them. */
export const FUNDER_ROLES = [
  'administrator',
  'case_officer',
  'decision_maker',
  'finance_officer',
  'communications',
] as const satisfies readonly Role[];
export type FunderRole = (typeof FUNDER_ROLES)[number];

export const isFunderRole = (role: string): role is FunderRole => (FUNDER_ROLES as readonly string[]).includes(role);

/** A capacity is printed on decisions ("ordförande i regionala utvecklingsnämnden"): one line, not a letter. */
export const CAPACITY_MAX_LENGTH = 200;

export interface RequestedRole {
  role: FunderRole;
  capacity?: string | null;
}

export interface CheckedRole {
  role: FunderRole;
  capacity: string | null;
}

export const fieldProblem = (code: string, status: number, path: string, message: Localized): AppError =>
  new AppError(code, status, message, { issues: [{ path, code, severity: 'error', message }] });

/**
 * The roles someone is to hold at a funder, checked: at least one, each once, and a decision maker
 * with the capacity they decide in (it is printed on every decision they make). Capacity belongs to
 * the decision maker's role only; given with another role it is dropped.
 */
export function checkedStaffRoles(requested: readonly RequestedRole[]): CheckedRole[] {
  if (requested.length === 0) {
    throw fieldProblem('user.roles_missing', 422, 'roles', {
      sv: 'Välj minst en roll. Stäng av kontot i stället om personen inte ska arbeta här längre.',
      en: 'Choose at least one role. Disable the account instead if the person no longer works here.',
    });
  }
  const seen = new Set<string>();
  const checked: CheckedRole[] = [];
  for (const r of requested) {
    if (seen.has(r.role)) {
      throw fieldProblem('user.role_repeated', 422, 'roles', {
        sv: `Rollen ${ROLE_NAMES[r.role].sv} är vald två gånger. Välj varje roll en gång.`,
        en: `The role ${ROLE_NAMES[r.role].en} is chosen twice. Choose each role once.`,
      });
    }
    seen.add(r.role);
    const capacity = r.capacity?.trim().replace(/\s+/g, ' ') || null;
    if (r.role === 'decision_maker') {
      if (!capacity) {
        throw fieldProblem('user.capacity_missing', 422, 'capacity', {
          sv: 'Ange i vilken egenskap beslutsfattaren beslutar, t.ex. "ordförande i regionala utvecklingsnämnden". Den skrivs ut på besluten.',
          en: 'Give the capacity the decision maker decides in, e.g. "chair of the regional development committee". It is printed on the decisions.',
        });
      }
      if (capacity.length > CAPACITY_MAX_LENGTH) {
        throw fieldProblem('user.capacity_too_long', 422, 'capacity', {
          sv: `Egenskapen får ha högst ${CAPACITY_MAX_LENGTH} tecken.`,
          en: `The capacity may have at most ${CAPACITY_MAX_LENGTH} characters.`,
        });
      }
    }
    checked.push({ role: r.role, capacity: r.role === 'decision_maker' ? capacity : null });
  }
  return checked.sort((a, b) => FUNDER_ROLES.indexOf(a.role) - FUNDER_ROLES.indexOf(b.role));
}
