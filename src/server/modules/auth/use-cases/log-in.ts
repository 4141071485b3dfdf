import type { Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
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
