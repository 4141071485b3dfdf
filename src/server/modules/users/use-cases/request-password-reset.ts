import type { Clock } from '../../../../domain/index.js';
import { appendAudit, systemActor } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import { AppError } from '../../../errors.js';
import { enqueueEmail, isValidEmailAddress } from '../../../mail/outbox.js';
import { issueLinkToken, LINK_LIFETIME_MS, linkUrl } from '../../auth/one-time-links.js';
import type { ResetLimiter } from '../reset-limiter.js';
import { fieldProblem } from '../staff-roles.js';
import { findUser, findUserIdByEmail } from '../users.repository.js';

export interface PasswordResetRequest {
  email: string;
  ip: string;
}

const actor = systemActor('password-reset');

/** The mail with the link, Swedish then English; it says what to do if the person did not ask. */
export function passwordResetMail(link: string): { subject: string; bodyText: string } {
  const hours = Math.round(LINK_LIFETIME_MS.password_reset / 3_600_000);
  return {
    subject: 'Nytt lösenord till Bidra / New password for Bidra',
    bodyText: [
      'Hej!',
      '',
      'Någon, förhoppningsvis du, har bett om ett nytt lösenord till ditt konto i Bidra.',
      `Välj ett nytt lösenord med länken nedan. Länken fungerar en gång och i ${hours} timmar.`,
      '',
      link,
      '',
      'Bad du inte om det kan du bortse från meddelandet: ditt lösenord är oförändrat.',
      '',
      '---',
      '',
      'Someone, hopefully you, has asked for a new password for your Bidra account.',
      `Choose a new password with the link above. The link works once and for ${hours} hours.`,
      'If you did not ask for it, you can ignore this message: your password is unchanged.',
    ].join('\n'),
  };
}

export const tooManyResetRequests = (retryAfterSeconds: number): AppError =>
  new AppError(
    'too_many_reset_requests',
    429,
    {
      sv: `För många begäranden om nytt lösenord härifrån. Försök igen om ${Math.ceil(retryAfterSeconds / 60)} minuter.`,
      en: `Too many password reset requests from here. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    },
    { retryAfterSeconds },
  );

/**
 * "Forgot password": mails a two-hour link, but only to an active account whose address is verified,
 * and the caller is never told which it was: the answer is the same whether the address has an
 * account, is disabled, or is asked for too often. Only a client asking far too often is told to wait.
 */
export async function requestPasswordReset(
  deps: { db: Db; clock: Clock; publicUrl: string; limiter: ResetLimiter },
  input: PasswordResetRequest,
): Promise<void> {
  const email = input.email.trim().toLowerCase();
  if (!isValidEmailAddress(email)) {
    throw fieldProblem('user.email_invalid', 422, 'email', {
      sv: 'Ange en giltig e-postadress, t.ex. namn@exempel.se.',
      en: 'Give a valid e-mail address, e.g. name@example.com.',
    });
  }
  const wait = deps.limiter.admitClient(input.ip);
  if (wait > 0) throw tooManyResetRequests(wait);
  const admitted = deps.limiter.admitAddress(email);
  const userId = await findUserIdByEmail(deps.db, email);
  const user = userId ? await findUser(deps.db, userId) : undefined;
  const eligible = admitted && user?.active === true && user.emailVerifiedAt !== null;
  await deps.db.transaction(async (tx) => {
    if (!user || !eligible) {
      // Recorded like a failed sign-in, so that someone probing addresses shows in the audit trail.
      await appendAudit(tx, deps.clock, actor, {
        action: 'auth.password_reset_refused',
        entityType: 'login',
        entityId: email,
        after: { email, ip: input.ip, reason: !admitted ? 'throttled' : !user ? 'unknown' : 'inactive_or_unverified' },
      });
      return;
    }
    const { token, expiresAt } = await issueLinkToken(tx, deps.clock, {
      userId: user.id,
      purpose: 'password_reset',
      createdBy: null,
    });
    await enqueueEmail(tx, deps.clock, actor, {
      to: [user.email],
      ...passwordResetMail(linkUrl(deps.publicUrl, 'password_reset', token)),
      related: { entityType: 'user', entityId: user.id },
    });
    await appendAudit(tx, deps.clock, actor, {
      action: 'user.password_reset_requested',
      entityType: 'user',
      entityId: user.id,
      after: { ip: input.ip, expiresAt },
    });
  });
}
