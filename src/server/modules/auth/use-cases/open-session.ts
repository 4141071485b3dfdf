import type { Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Executor } from '../../../db/client.js';
import { deleteExpiredSessionsOf, deleteSession, insertSession, recordSignIn } from '../auth.repository.js';
import type { SignedInUser } from '../principal.js';
import { DEFAULT_SESSION_POLICY, newCsrfToken, newSessionToken, type SessionPolicy } from '../session-token.js';

/** How the person proved who they are; recorded in the audit event of the sign-in. */
export type SignInMethod = 'password' | 'oidc';

export interface OpenSessionInput {
  /** Already checked: active, and allowed to sign in the way `method` says. */
  user: SignedInUser;
  method: SignInMethod;
  ip: string;
  userAgent: string | undefined;
  /** The session the browser still presents, if any: replaced, not left behind. */
  previousSessionId: string | undefined;
  /** The installation's session lifetimes; the defaults when not given. */
  policy?: SessionPolicy;
}

export interface OpenedSession {
  /** Goes into the cookie and nowhere else. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  /** How long the session may last at most: the cookie's max-age. */
  lifetimeMs: number;
  user: SignedInUser;
}

/**
 * The one way a session comes into being, whatever the sign-in method: a fresh token (only its hash is
 * stored), the previous session and the user's expired ones gone, last_signed_in_at updated and the
 * sign-in audited. Runs in the caller's transaction, so that what the caller records alongside (a new
 * external identity link) commits or fails together with the session.
 */
export async function openSession(tx: Executor, clock: Clock, input: OpenSessionInput): Promise<OpenedSession> {
  const { user } = input;
  const now = clock.now();
  const { token, id } = newSessionToken();
  const csrfToken = newCsrfToken();
  const policy = input.policy ?? DEFAULT_SESSION_POLICY;
  const expiresAt = new Date(now.getTime() + policy.absoluteMs);
  await deleteExpiredSessionsOf(tx, user.id, now, policy.idleMs);
  if (input.previousSessionId) await deleteSession(tx, input.previousSessionId);
  await insertSession(tx, {
    id,
    userId: user.id,
    csrfToken,
    createdAt: now,
    expiresAt,
    lastSeenAt: now,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 512) ?? null,
  });
  await recordSignIn(tx, user.id, now);
  await appendAudit(
    tx,
    clock,
    { userId: user.id, label: user.displayName },
    {
      action: 'auth.login_succeeded',
      entityType: 'user',
      entityId: user.id,
      after: { ip: input.ip, method: input.method },
    },
  );
  return { token, csrfToken, expiresAt, lifetimeMs: policy.absoluteMs, user };
}
