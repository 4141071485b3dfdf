import type { Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import { AppError } from '../../../errors.js';
import { findLoginCandidate, loadSignedInUser } from '../auth.repository.js';
import { LoginLimiter } from '../login-limiter.js';
import { verifyPassword } from '../passwords.js';
import type { SessionPolicy } from '../session-token.js';
import { openSession, type OpenedSession } from './open-session.js';

export interface LogInDeps {
  db: Db;
  clock: Clock;
  limiter: LoginLimiter;
  sessions?: SessionPolicy;
  /** Mails a new verification link when the password is right but the address not verified yet. */
  resendVerification?: VerificationResender;
}

export interface LogInInput {
  email: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
  /** The session the browser still presents, if any: replaced, not left behind. */
  previousSessionId: string | undefined;
}

export type LogInResult = OpenedSession;

// One message for every failure, so that the answer never tells whether an e-mail address has an account.
const invalidCredentials = () =>
  new AppError('invalid_credentials', 401, {
    sv: 'Fel e-postadress eller lösenord.',
    en: 'Wrong e-mail address or password.',
  });

export const tooManyAttempts = (retryAfterSeconds: number) =>
  new AppError(
    'too_many_login_attempts',
    429,
    {
      sv: `För många misslyckade inloggningsförsök. Försök igen om ${Math.ceil(retryAfterSeconds / 60)} minuter.`,
      en: `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    },
    { retryAfterSeconds },
  );

/**
 * Sends a person who signed up but has not verified their address a new verification link (the sign-up
 * module's, handed in by the app, which knows the address links point to); log-in only calls it.
 */
export type VerificationResender = (tx: Executor, userId: string) => Promise<{ email: string } | null>;

// Only someone who gave the right password gets this answer, so it tells nobody else that the account exists.
const emailNotVerified = (sentTo: string | null) =>
  new AppError(
    'auth.email_not_verified',
    403,
    sentTo
      ? {
          sv: `Du har inte bekräftat din e-postadress än. Vi har skickat en ny länk till ${sentTo}: öppna den för att logga in.`,
          en: `You have not confirmed your e-mail address yet. We have sent a new link to ${sentTo}: open it to sign in.`,
        }
      : {
          sv: 'Du har inte bekräftat din e-postadress än. Öppna länken i e-postmeddelandet vi skickade för att logga in.',
          en: 'You have not confirmed your e-mail address yet. Open the link in the e-mail we sent you to sign in.',
        },
  );

/** Checks the password and opens a session; the audit trail gets the outcome (never the password). */
export async function logIn(deps: LogInDeps, input: LogInInput): Promise<LogInResult> {
  const email = input.email.trim().toLowerCase();
  const limitKey = LoginLimiter.key(email, input.ip);
  const wait = deps.limiter.retryAfterSeconds(limitKey);
  if (wait > 0) throw tooManyAttempts(wait);

  const candidate = await findLoginCandidate(deps.db, email);
  // Verify even for unknown or inactive accounts: the time taken must not depend on which it is.
  const passwordOk = await verifyPassword(candidate?.passwordHash ?? null, input.password);
  const user = candidate?.active && passwordOk ? await loadSignedInUser(deps.db, candidate.id) : undefined;
  if (!user && candidate?.active && passwordOk) {
    // The password is right and the account active: the address is what is missing. Counted like a
    // failure, so that signing in again and again cannot flood the mailbox with links.
    deps.limiter.recordFailure(limitKey);
    const resend = deps.resendVerification;
    const sent = await deps.db.transaction(async (tx) => {
      await appendAudit(
        tx,
        deps.clock,
        { userId: candidate.id, label: email },
        { action: 'auth.login_refused_unverified', entityType: 'user', entityId: candidate.id, after: { email } },
      );
      return resend ? resend(tx, candidate.id) : null;
    });
    throw emailNotVerified(sent?.email ?? null);
  }
  if (!user) {
    deps.limiter.recordFailure(limitKey);
    await deps.db.transaction((tx) =>
      appendAudit(
        tx,
        deps.clock,
        { userId: null, label: 'anonymous' },
        { action: 'auth.login_failed', entityType: 'login', entityId: email, after: { email } },
      ),
    );
    throw invalidCredentials();
  }
  deps.limiter.reset(limitKey);

  return deps.db.transaction((tx) =>
    openSession(tx, deps.clock, {
      user,
      method: 'password',
      ip: input.ip,
      userAgent: input.userAgent,
      previousSessionId: input.previousSessionId,
      policy: deps.sessions,
    }),
  );
}
