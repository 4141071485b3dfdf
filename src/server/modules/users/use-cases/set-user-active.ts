import type { Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Executor } from '../../../db/client.js';
import type { User } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import {
  administratorOrganizations,
  belongsToOrganization,
  deleteSessionsOfUser,
  lockAdministratorChanges,
  lockUser,
  setUserActive,
} from '../users.repository.js';
import { ensureAdministratorsRemain } from './administrator-guard.js';
import { staleUser } from './change-roles.js';

export interface SetActiveInput {
  userId: string;
  /** The version the caller saw; the command line, acting on an address, passes none. */
  version?: number;
  /** A funder's administrator acts only on people of the funder's organisation: others are "not found". */
  organizationId?: string;
}

/** The user after the call, and whether this call changed them (disabling a disabled account does not). */
export interface Changed {
  user: User;
  changed: boolean;
}

const notFound = () => AppError.notFound({ sv: 'Användaren', en: 'The user' });
const visible = async (tx: Executor, user: User, organizationId: string | undefined) =>
  organizationId === undefined || belongsToOrganization(tx, user.id, organizationId);

/**
 * Disables an account: the person cannot sign in, and every session they have ends in the same
 * transaction, so they are signed out at once, mid-work. Nothing they did is removed. Refused when it
 * would leave a funder without an active administrator, and for one's own account (someone else must
 * do it, so that it cannot happen by a slip). Disabling a disabled account changes nothing.
 */
export async function disableUser(tx: Executor, clock: Clock, actor: Actor, input: SetActiveInput): Promise<Changed> {
  await lockAdministratorChanges(tx);
  const user = await lockUser(tx, input.userId);
  if (!user || !(await visible(tx, user, input.organizationId))) throw notFound();
  if (input.version !== undefined && user.version !== input.version) throw staleUser(user.version);
  if (!user.active) return { user, changed: false };
  if (actor.userId === user.id) {
    throw new AppError('user.disable_self', 409, {
      sv: 'Du kan inte stänga av ditt eget konto. Be en annan administratör göra det.',
      en: 'You cannot disable your own account. Ask another administrator to do it.',
    });
  }
  await ensureAdministratorsRemain(tx, user, await administratorOrganizations(tx, user.id));
  const now = clock.now();
  const after = await setUserActive(tx, user.id, false, now);
  const sessionsEnded = await deleteSessionsOfUser(tx, user.id);
  await appendAudit(tx, clock, actor, {
    action: 'user.disabled',
    entityType: 'user',
    entityId: user.id,
    before: { active: true, version: user.version },
    after: { active: false, version: after.version, sessionsEnded },
  });
  return { user: after, changed: true };
}

/** Lets a disabled person sign in again, with the roles they had. Enabling an active account changes nothing. */
export async function enableUser(tx: Executor, clock: Clock, actor: Actor, input: SetActiveInput): Promise<Changed> {
  const user = await lockUser(tx, input.userId);
  if (!user || !(await visible(tx, user, input.organizationId))) throw notFound();
  if (input.version !== undefined && user.version !== input.version) throw staleUser(user.version);
  if (user.active) return { user, changed: false };
  const after = await setUserActive(tx, user.id, true, clock.now());
  await appendAudit(tx, clock, actor, {
    action: 'user.enabled',
    entityType: 'user',
    entityId: user.id,
    before: { active: false, version: user.version },
    after: { active: true, version: after.version },
  });
  return { user: after, changed: true };
}
