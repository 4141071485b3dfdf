import type { z } from 'zod';
import type { Executor } from '../../db/client.js';
import type { Principal } from '../auth/principal.js';
import { requireOrganisationAdmin } from './organisations.policy.js';
import { findOrganization, membersOf, rolesOfUserIn, type MemberRow } from './organisations.repository.js';
import { pendingRequestOf, pendingRequestsFor } from './join-requests.repository.js';
import type { joinRequestView, memberView, myOrganizationView } from './schemas.js';

/** The caller's organisation with their roles in it, and their request to join one while it waits. */
export async function myOrganization(db: Executor, p: Principal): Promise<z.infer<typeof myOrganizationView>> {
  const organization = p.organizationId ? await findOrganization(db, p.organizationId) : undefined;
  const pending = organization ? undefined : await pendingRequestOf(db, p.userId);
  return {
    organization: organization
      ? {
          id: organization.id,
          orgNumber: organization.orgNumber,
          name: organization.name,
          type: organization.type,
          postalAddress: organization.postalAddress,
          email: organization.email,
          phone: organization.phone,
        }
      : null,
    roles: organization ? await rolesOfUserIn(db, p.userId, organization.id) : [],
    pendingRequest: pending
      ? {
          id: pending.id,
          organizationId: pending.organizationId,
          organizationName: pending.organizationName,
          message: pending.message,
          createdAt: pending.createdAt.toISOString(),
        }
      : null,
  };
}

function stateOf(m: MemberRow): z.infer<typeof memberView>['state'] {
  if (!m.active) return 'deactivated';
  if (m.emailVerifiedAt) return 'active';
  return m.hasPassword ? 'unverified' : 'invited';
}

/** The organisation's members with their roles there, for its administrator only (404 for anyone else). */
export async function membersView(
  db: Executor,
  p: Principal,
  organizationId: string,
): Promise<z.infer<typeof memberView>[]> {
  requireOrganisationAdmin(p, organizationId);
  const members = await membersOf(db, organizationId);
  return members.map((m) => ({
    userId: m.id,
    displayName: m.displayName,
    email: m.email,
    roles: m.roles,
    state: stateOf(m),
    lastSignedInAt: m.lastSignedInAt?.toISOString() ?? null,
    version: m.version,
  }));
}

/** The requests to join that wait for an answer, oldest first, for the organisation's administrator. */
export async function joinRequestsView(
  db: Executor,
  p: Principal,
  organizationId: string,
): Promise<z.infer<typeof joinRequestView>[]> {
  requireOrganisationAdmin(p, organizationId);
  const rows = await pendingRequestsFor(db, organizationId);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
