import type { Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import { AppError } from '../../../errors.js';
import { enqueueEmail } from '../../../mail/outbox.js';
import { loadSignedInUser } from '../../auth/auth.repository.js';
import { issueLinkToken, linkUrl, readLinkToken } from '../../auth/one-time-links.js';
import type { SessionPolicy } from '../../auth/session-token.js';
import { openSession, type OpenedSession } from '../../auth/use-cases/open-session.js';
import { verificationMail } from '../mails.js';
import { findUserIdByEmail, lockUser, markEmailVerified } from '../organisations.repository.js';

/**
 * A new verification link for a person who has not verified their address; earlier links stop working.
 * Nothing for someone already verified or deactivated: returns null then.
 */
export async function sendVerificationLink(
  tx: Executor,
  clock: Clock,
  publicUrl: string,
  userId: string,
): Promise<{ email: string } | null> {
  const user = await lockUser(tx, userId);
  if (!user?.active || user.emailVerifiedAt || !user.passwordHash) return null;
  const actor: Actor = { userId: user.id, label: user.displayName };
  const { token } = await issueLinkToken(tx, clock, {
    userId: user.id,
    purpose: 'email_verification',
    createdBy: null,
  });
  const mail = verificationMail({ name: user.displayName, link: linkUrl(publicUrl, 'email_verification', token) });
  await enqueueEmail(tx, clock, actor, {
    to: [user.email],
    ...mail,
    related: { entityType: 'user', entityId: user.id },
  });
  return { email: user.email };
}

/** "Send me a new link": the same answer whether or not the address has an account waiting for it. */
export async function resendVerification(
  deps: { db: Db; clock: Clock; publicUrl: string },
  email: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const userId = await findUserIdByEmail(tx, email);
    if (userId) await sendVerificationLink(tx, deps.clock, deps.publicUrl, userId);
  });
}

export interface VerifyEmailInput {
  token: string;
  ip: string;
  userAgent: string | undefined;
  previousSessionId: string | undefined;
}

/**
 * The person followed the link in the mail: the address is theirs. The link is used up, the address
 * marked verified and the person signed in, all in one transaction.
 */
export async function verifyEmail(
  deps: { db: Db; clock: Clock; sessions?: SessionPolicy },
  input: VerifyEmailInput,
): Promise<OpenedSession> {
  return deps.db.transaction(async (tx) => {
    const { userId } = await readLinkToken(tx, deps.clock, input.token, 'email_verification', { use: true });
    const locked = await lockUser(tx, userId);
    if (!locked?.active) {
      throw new AppError('link.invalid', 410, {
        sv: 'Verifieringslänken gäller inte längre: kontot är avstängt.',
        en: 'The verification link no longer applies: the account is disabled.',
      });
    }
    const now = deps.clock.now();
    if (!locked.emailVerifiedAt) await markEmailVerified(tx, userId, now);
    await appendAudit(
      tx,
      deps.clock,
      { userId, label: locked.displayName },
      { action: 'user.email_verified', entityType: 'user', entityId: userId, after: { email: locked.email } },
    );
    const user = await loadSignedInUser(tx, userId);
    if (!user) throw new Error('a verified, active user could not be loaded');
    return openSession(tx, deps.clock, {
      user,
      method: 'password',
      ip: input.ip,
      userAgent: input.userAgent,
      previousSessionId: input.previousSessionId,
      policy: deps.sessions,
    });
  });
}
