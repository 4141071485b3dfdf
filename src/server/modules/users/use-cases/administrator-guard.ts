import type { Executor } from '../../../db/client.js';
import type { User } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { fundersOfOrganizationIds, organizationsWithOtherActiveAdministrators } from '../users.repository.js';

/**
 * Refuses a change that would leave a funder without an active administrator: one who can sign in and
 * could undo the change. `losingIn` are the organisations where `user` stops being an administrator
 * (or stops being able to sign in at all). A disabled or not yet verified administrator keeps nobody
 * in; removing them never counts. Call it after `lockAdministratorChanges` and after reading the user
 * in the same transaction, so that two such changes at once are checked one after the other.
 */
export async function ensureAdministratorsRemain(
  tx: Executor,
  user: Pick<User, 'id' | 'active' | 'emailVerifiedAt'>,
  losingIn: readonly string[],
): Promise<void> {
  if (!user.active || !user.emailVerifiedAt || losingIn.length === 0) return;
  const covered = await organizationsWithOtherActiveAdministrators(tx, [...losingIn], user.id);
  const uncovered = losingIn.filter((id) => !covered.has(id));
  if (uncovered.length === 0) return;
  const funders = await fundersOfOrganizationIds(tx, uncovered);
  // An administrator grant outside any funder (an old or odd row) guards nothing.
  if (funders.length === 0) return;
  const names = funders.map((f) => f.name).join(', ');
  throw new AppError(
    'user.last_administrator',
    409,
    {
      sv: `${names} måste ha minst en aktiv administratör, och det här är den sista. Ge först administratörsrollen till någon annan.`,
      en: `${names} must keep at least one active administrator, and this is the last one. Give the administrator role to someone else first.`,
    },
    { funderIds: funders.map((f) => f.id) },
  );
}
