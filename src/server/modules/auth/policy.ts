import type { FastifyRequest } from 'fastify';
import { AppError, type Localized } from '../../errors.js';
import type { Principal, Role } from './principal.js';

/*
 * The building blocks of authorisation. Every route checks role AND organisation on the server; no role
 * reaches across organisations by itself (an administrator of the region is not an applicant of a
 * municipality). Routes decide which organisation an action belongs to (the case's applicant, the
 * funder) and pass it here.
 */

export const ROLE_NAMES: Record<Role, Localized> = {
  applicant: { sv: 'sökande', en: 'applicant' },
  case_officer: { sv: 'handläggare', en: 'case officer' },
  decision_maker: { sv: 'beslutsfattare', en: 'decision maker' },
  finance_officer: { sv: 'ekonomihandläggare', en: 'finance officer' },
  communications: { sv: 'kommunikatör', en: 'communications' },
  administrator: { sv: 'administratör', en: 'administrator' },
  applicant_admin: { sv: 'organisationens administratör', en: 'organisation administrator' },
};

/** The signed-in principal, or 401 for the public. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (request.principal) return request.principal;
  throw new AppError('unauthenticated', 401, {
    sv: 'Du behöver logga in för att göra detta.',
    en: 'You need to sign in to do this.',
  });
}

/** True when the principal holds `role`; within `organizationId` when given, in any organisation otherwise. */
export function hasRole(principal: Principal | null, role: Role, organizationId?: string): boolean {
  if (!principal) return false;
  return principal.roles.some(
    (grant) => grant.role === role && (organizationId === undefined || grant.organizationId === organizationId),
  );
}

/** 403 unless the principal holds at least one of `roles` (for `organizationId` when given). */
export function requireRole(principal: Principal, roles: readonly Role[], organizationId?: string): void {
  if (roles.some((role) => hasRole(principal, role, organizationId))) return;
  const names = (lang: keyof Localized) =>
    roles.map((r) => `${ROLE_NAMES[r][lang]} (${r})`).join(lang === 'sv' ? ' eller ' : ' or ');
  const scope: Localized =
    organizationId === undefined
      ? { sv: '', en: '' }
      : { sv: ' för den här organisationen', en: ' for this organisation' };
  throw new AppError(
    'missing_role',
    403,
    {
      sv: `Åtgärden kräver rollen ${names('sv')}${scope.sv}.`,
      en: `This action requires the role ${names('en')}${scope.en}.`,
    },
    { requiredRoles: [...roles], ...(organizationId === undefined ? {} : { organizationId }) },
  );
}

/** True when the principal holds any role within `organizationId`: an applicant only for their own organisation. */
export function canActForOrganization(principal: Principal | null, organizationId: string): boolean {
  return principal?.roles.some((grant) => grant.organizationId === organizationId) ?? false;
}
