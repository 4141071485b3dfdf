import type { Clock } from '../../../../domain/index.js';
import type { Actor } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import type { Funder } from '../../../db/schema/index.js';
import { checkedStaffRoles, type RequestedRole } from '../staff-roles.js';
import { organizationName } from '../users.repository.js';
import { inviteUser } from './invite-user.js';
import { loadFunderUser, type StaffMemberView } from './list-funder-users.js';

export interface StaffInvitationInput {
  email: string;
  displayName: string;
  title?: string | null;
  phone?: string | null;
  roles: RequestedRole[];
}

/**
 * A funder's administrator invites someone to work for the funder: the user exists at once with their
 * roles in the funder's organisation, and the invitation mail with its 72-hour link is queued in the
 * same transaction. An address that already has an account is refused (409, on the e-mail field).
 */
export async function inviteStaffMember(
  deps: { db: Db; clock: Clock; publicUrl: string },
  actor: Actor,
  funder: Pick<Funder, 'organizationId'>,
  input: StaffInvitationInput,
): Promise<StaffMemberView> {
  const roles = checkedStaffRoles(input.roles);
  return deps.db.transaction(async (tx) => {
    const { userId } = await inviteUser(tx, deps.clock, actor, {
      email: input.email,
      displayName: input.displayName,
      title: input.title ?? null,
      phone: input.phone ?? null,
      organizationId: funder.organizationId,
      organizationName: (await organizationName(tx, funder.organizationId)) ?? null,
      roles: roles.map((r) => ({ ...r, organizationId: funder.organizationId })),
      publicUrl: deps.publicUrl,
    });
    return loadFunderUser(tx, deps.clock, funder, userId);
  });
}
