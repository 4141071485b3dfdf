import type { Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import type { Funder } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { belongsToOrganization, grantsInOrganization, lockUser, organizationName } from '../users.repository.js';
import { sendInvitationLink } from './invite-user.js';
import { loadFunderUser, userNotFound, type StaffMemberView } from './list-funder-users.js';

/**
 * A new invitation link for someone who has not accepted yet (theirs expired, or the mail went astray);
 * the earlier link stops working. Refused for an accepted invitation (they use "forgot password") and
 * for a disabled account.
 */
export async function resendInvitation(
  deps: { db: Db; clock: Clock; publicUrl: string },
  actor: Actor,
  funder: Pick<Funder, 'organizationId'>,
  userId: string,
): Promise<StaffMemberView> {
  return deps.db.transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user || !(await belongsToOrganization(tx, userId, funder.organizationId))) throw userNotFound();
    if (user.emailVerifiedAt) {
      throw new AppError('user.invitation_accepted', 409, {
        sv: `${user.displayName} har redan tagit emot inbjudan och valt lösenord. Har personen glömt det kan hen begära ett nytt under "Glömt lösenord".`,
        en: `${user.displayName} has already accepted the invitation and chosen a password. If they have forgotten it, they can ask for a new one under "Forgot password".`,
      });
    }
    if (!user.active) {
      throw new AppError('user.disabled', 409, {
        sv: `Kontot för ${user.displayName} är avstängt. Aktivera det först om personen ska bjudas in igen.`,
        en: `The account of ${user.displayName} is disabled. Enable it first if the person is to be invited again.`,
      });
    }
    const roles = await grantsInOrganization(tx, userId, funder.organizationId);
    const sent = await sendInvitationLink(tx, deps.clock, actor, {
      userId,
      email: user.email,
      organizationName: (await organizationName(tx, funder.organizationId)) ?? null,
      roles: roles.map((r) => ({ role: r.role, capacity: r.capacity, organizationId: funder.organizationId })),
      installationAdmin: user.installationAdmin,
      publicUrl: deps.publicUrl,
    });
    await appendAudit(tx, deps.clock, actor, {
      action: 'user.invitation_resent',
      entityType: 'user',
      entityId: userId,
      after: { emailId: sent.id, expiresAt: sent.expiresAt },
    });
    return loadFunderUser(tx, deps.clock, funder, userId);
  });
}
