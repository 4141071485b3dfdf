import type { Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import type { User } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal, Role } from '../../auth/principal.js';
import { inviteUser } from '../../users/use-cases/invite-user.js';
import {
  bumpUserVersion,
  countAdministrators,
  grantRoles,
  lockOrganization,
  lockUser,
  revokeRoles,
  rolesOfUserIn,
  setUserOrganization,
} from '../organisations.repository.js';
import { organisationNotFound, requireOrganisationAdmin } from '../organisations.policy.js';

export interface MemberDeps {
  db: Db;
  clock: Clock;
  publicUrl: string;
}

const actorOf = (p: Principal): Actor => ({ userId: p.userId, label: p.displayName });

/**
 * The administrator invites a colleague: the account exists at once in the organisation with the role
 * applicant (and applicant_admin when `admin`), and the colleague chooses a password through the link.
 */
export async function inviteMember(
  deps: MemberDeps,
  p: Principal,
  organizationId: string,
  input: { email: string; displayName: string; admin: boolean },
): Promise<{ userId: string }> {
  requireOrganisationAdmin(p, organizationId);
  return deps.db.transaction(async (tx) => {
    const organization = await lockOrganization(tx, organizationId);
    if (!organization) throw organisationNotFound();
    const roles: Role[] = input.admin ? ['applicant', 'applicant_admin'] : ['applicant'];
    const { userId } = await inviteUser(tx, deps.clock, actorOf(p), {
      email: input.email,
      displayName: input.displayName,
      organizationId,
      organizationName: organization.name,
      roles: roles.map((role) => ({ role, organizationId })),
      publicUrl: deps.publicUrl,
    });
    return { userId };
  });
}

/** Whether the member counts among the administrators who can act (as countAdministrators counts). */
const canAct = (member: User) => member.active && member.emailVerifiedAt !== null;

const lastAdministrator = () =>
  new AppError('organization.last_administrator', 409, {
    sv: 'Organisationen måste ha minst en administratör. Gör först någon annan till administratör.',
    en: 'The organisation must have at least one administrator. Make someone else an administrator first.',
  });

/**
 * The member, locked, with their roles here; 404 for someone who is not a member of this organisation,
 * 409 when the member was changed since the administrator read the list. The organisation's row is
 * locked first, so that two changes of its administrators are counted one after the other.
 */
async function lockedMember(
  tx: Executor,
  organizationId: string,
  userId: string,
  version: number,
): Promise<{ member: User; roles: Role[] }> {
  if (!(await lockOrganization(tx, organizationId))) throw organisationNotFound();
  const member = await lockUser(tx, userId);
  if (member?.organizationId !== organizationId) {
    throw AppError.notFound({ sv: 'Medlemmen', en: 'The member' });
  }
  if (member.version !== version) {
    throw AppError.conflict(
      {
        sv: `${member.displayName} har ändrats av någon annan sedan du läste listan. Ladda om sidan och försök igen.`,
        en: `${member.displayName} has been changed by someone else since you read the list. Reload the page and try again.`,
      },
      { currentVersion: member.version },
    );
  }
  return { member, roles: await rolesOfUserIn(tx, userId, organizationId) };
}

/** Makes a member an administrator of the organisation, or takes that away (never from the last one). */
export async function setAdministrator(
  deps: MemberDeps,
  p: Principal,
  organizationId: string,
  userId: string,
  input: { version: number; administrator: boolean },
): Promise<void> {
  requireOrganisationAdmin(p, organizationId);
  await deps.db.transaction(async (tx) => {
    const { member, roles } = await lockedMember(tx, organizationId, userId, input.version);
    const isAdmin = roles.includes('applicant_admin');
    if (isAdmin === input.administrator) return;
    const now = deps.clock.now();
    if (input.administrator) {
      await grantRoles(tx, {
        userId,
        organizationId,
        roles: ['applicant', 'applicant_admin'],
        createdBy: p.userId,
        now,
      });
    } else {
      if (canAct(member) && (await countAdministrators(tx, organizationId)) <= 1) throw lastAdministrator();
      await revokeRoles(tx, userId, organizationId, ['applicant_admin']);
    }
    await bumpUserVersion(tx, userId, now);
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'organization.member_roles_changed',
      entityType: 'user',
      entityId: userId,
      before: { organizationId, roles },
      after: { organizationId, roles: await rolesOfUserIn(tx, userId, organizationId) },
    });
  });
}

/**
 * Removes a member: their roles in the organisation go and they no longer belong to it (they may then
 * register or join another). Their earlier work stays the organisation's. The last administrator stays.
 */
export async function removeMember(
  deps: MemberDeps,
  p: Principal,
  organizationId: string,
  userId: string,
  input: { version: number },
): Promise<void> {
  requireOrganisationAdmin(p, organizationId);
  await deps.db.transaction(async (tx) => {
    const { member, roles } = await lockedMember(tx, organizationId, userId, input.version);
    if (roles.includes('applicant_admin') && canAct(member) && (await countAdministrators(tx, organizationId)) <= 1) {
      throw lastAdministrator();
    }
    const now = deps.clock.now();
    await revokeRoles(tx, userId, organizationId);
    await setUserOrganization(tx, userId, null, now);
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'organization.member_removed',
      entityType: 'user',
      entityId: userId,
      before: { organizationId, roles },
      after: { organizationId: null, roles: [] },
    });
  });
}
