import type { Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import { AppError } from '../../../errors.js';
import { readLinkToken } from '../../auth/one-time-links.js';
import { acceptablePasswordHash } from '../../auth/password-policy.js';
import { deleteSessionsOfUser, findUser, setPassword } from '../users.repository.js';

const accountGone = () =>
  new AppError(
    'link.invalid',
    410,
    {
      sv: 'Länken gäller inte längre: kontot är avstängt. Kontakta din administratör.',
      en: 'The link no longer applies: the account is disabled. Contact your administrator.',
    },
    {},
  );

/**
 * Sets a new password with a reset link. The password is checked before the link is touched, so a
 * weak one can be replaced with the same link; then, in one transaction, the link is used up, the
 * password set and every session of the person ended (whoever was signed in as them is not any more).
 * The person signs in afresh with the new password.
 */
export async function completePasswordReset(
  deps: { db: Db; clock: Clock },
  input: { token: string; password: string },
): Promise<void> {
  const { userId } = await readLinkToken(deps.db, deps.clock, input.token, 'password_reset', { use: false });
  const user = await findUser(deps.db, userId);
  if (!user?.active || !user.emailVerifiedAt) throw accountGone();
  const passwordHash = await acceptablePasswordHash(input.password, [user.email, user.displayName]);
  await deps.db.transaction(async (tx) => {
    await readLinkToken(tx, deps.clock, input.token, 'password_reset', { use: true });
    const now = deps.clock.now();
    await setPassword(tx, userId, { passwordHash, verifiedAt: null, now });
    const sessionsEnded = await deleteSessionsOfUser(tx, userId);
    await appendAudit(
      tx,
      deps.clock,
      { userId, label: user.displayName },
      { action: 'user.password_reset', entityType: 'user', entityId: userId, after: { sessionsEnded } },
    );
  });
}
