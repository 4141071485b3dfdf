import type { Clock } from '../../../../domain/index.js';
import type { Actor } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import { AppError } from '../../../errors.js';
import type { Role } from '../../auth/principal.js';
import { allRoleGrants, allUsers, findUserIdByEmail } from '../users.repository.js';
import { disableUser, enableUser } from './set-user-active.js';

export interface AccountListItem {
  email: string;
  displayName: string;
  title: string | null;
  organization: string | null;
  roles: { role: Role; organization: string; capacity: string | null }[];
  installationAdmin: boolean;
  active: boolean;
  verified: boolean;
  lastSignedInAt: string | null;
}

/** Every account of the installation with its roles where they are held, for `bidra users list`. */
export async function listAccounts(db: Db): Promise<AccountListItem[]> {
  const [people, grants] = await Promise.all([allUsers(db), allRoleGrants(db)]);
  return people.map((u) => ({
    email: u.email,
    displayName: u.displayName,
    title: u.title,
    organization: u.organization,
    roles: grants
      .filter((g) => g.userId === u.id)
      .map((g) => ({ role: g.role, organization: g.organization, capacity: g.capacity })),
    installationAdmin: u.installationAdmin,
    active: u.active,
    verified: u.emailVerifiedAt !== null,
    lastSignedInAt: u.lastSignedInAt?.toISOString() ?? null,
  }));
}

const noAccount = (email: string) =>
  new AppError('user.not_found', 404, {
    sv: `Det finns inget konto med e-postadressen ${email}.`,
    en: `There is no account with the e-mail address ${email}.`,
  });

/**
 * `bidra users disable|enable --email`: the same change as an administrator's in the web app (sessions
 * end at once, the last administrator of a funder stays), by address. Answers whether anything changed.
 */
export async function setAccountActive(
  db: Db,
  clock: Clock,
  actor: Actor,
  email: string,
  active: boolean,
): Promise<{ changed: boolean }> {
  const userId = await findUserIdByEmail(db, email);
  if (!userId) throw noAccount(email.trim());
  return db.transaction(async (tx) => {
    const change = active ? enableUser : disableUser;
    const { changed } = await change(tx, clock, actor, { userId });
    return { changed };
  });
}
