import * as oidc from 'openid-client';
import type { Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import {
  findExternalIdentity,
  findOrganizationIdByNumber,
  findUserByEmail,
  linkExternalIdentity,
  loadSignedInUser,
  touchExternalIdentity,
} from '../auth.repository.js';
import type { OidcClient, OidcIdentity } from '../oidc-client.js';
import type { PendingOidcLogin } from '../oidc-pending.js';
import type { SessionPolicy } from '../session-token.js';
import { openSession, type OpenedSession } from './open-session.js';

export interface SignInWithOidcDeps {
  db: Db;
  clock: Clock;
  client: OidcClient;
  sessions?: SessionPolicy;
}

export interface SignInWithOidcInput {
  /** The query string the provider sent the browser back with (`?code=…&state=…&iss=…`). */
  callbackQuery: string;
  /** What /oidc/start remembered for this browser. */
  pending: PendingOidcLogin;
  ip: string;
  userAgent: string | undefined;
  previousSessionId: string | undefined;
}

/** Why a provider sign-in was refused: recorded in the audit trail, never shown beyond "it failed". */
export type OidcFailureReason =
  | 'provider_error'
  | 'invalid_response'
  | 'organization_not_found'
  | 'email_missing'
  | 'email_not_verified'
  | 'no_matching_user'
  | 'user_in_other_organization'
  | 'user_inactive';

export type SignInWithOidcResult =
  { ok: true; session: OpenedSession; linked: boolean } | { ok: false; reason: OidcFailureReason; error?: string };

interface FailureFacts {
  reason: OidcFailureReason;
  /** openid-client's error code or the provider's `error`; never a message that could quote a token. */
  error?: string;
  subject?: string;
  email?: string;
}

/**
 * Finishes a sign-in at the configured OpenID Connect provider. The provider's (issuer, subject) is
 * looked up in external_identities; without a link, one is made only when the provider says the e-mail
 * address is verified (`email_verified` true) and it belongs to an active user of the organisation the
 * provider is configured for. Anything else is refused and audited. On success the session is the same
 * as after a password sign-in (openSession), with the link, if new, in the same transaction.
 */
export async function signInWithOidc(
  deps: SignInWithOidcDeps,
  input: SignInWithOidcInput,
): Promise<SignInWithOidcResult> {
  const issuer = deps.client.config.issuer;
  const refuse = async (facts: FailureFacts): Promise<SignInWithOidcResult> => {
    await deps.db.transaction((tx) =>
      appendAudit(
        tx,
        deps.clock,
        { userId: null, label: 'anonymous' },
        {
          action: 'auth.login_failed',
          entityType: 'login',
          entityId: facts.subject ? `oidc:${facts.subject}` : 'oidc',
          after: {
            method: 'oidc',
            issuer,
            reason: facts.reason,
            ...(facts.error ? { error: facts.error } : {}),
            ...(facts.subject ? { subject: facts.subject } : {}),
            ...(facts.email ? { email: facts.email } : {}),
          },
        },
      ),
    );
    return { ok: false, reason: facts.reason, ...(facts.error ? { error: facts.error } : {}) };
  };

  let identity: OidcIdentity;
  try {
    identity = await deps.client.finish(input.callbackQuery, input.pending);
  } catch (error) {
    return refuse(describeFailure(error));
  }
  const { subject } = identity;

  const organizationId = await findOrganizationIdByNumber(deps.db, deps.client.config.organizationNumber);
  if (!organizationId) return refuse({ reason: 'organization_not_found', subject });

  const link = await findExternalIdentity(deps.db, identity.issuer, subject);
  let userId: string;
  if (link) {
    userId = link.userId;
  } else {
    let claimed: Awaited<ReturnType<OidcIdentity['email']>>;
    try {
      claimed = await identity.email();
    } catch (error) {
      return refuse({ ...describeFailure(error), subject });
    }
    const { email, emailVerified } = claimed;
    if (!email) return refuse({ reason: 'email_missing', subject });
    if (!emailVerified) return refuse({ reason: 'email_not_verified', subject, email });
    const match = await findUserByEmail(deps.db, email.trim());
    if (!match) return refuse({ reason: 'no_matching_user', subject, email });
    if (match.organizationId !== organizationId)
      return refuse({ reason: 'user_in_other_organization', subject, email });
    if (!match.active) return refuse({ reason: 'user_inactive', subject, email });
    userId = match.id;
  }

  // Checked again for a linked identity: the user may have been deactivated or moved since the link.
  const user = await loadSignedInUser(deps.db, userId);
  if (!user) return refuse({ reason: 'user_inactive', subject });
  if (user.organization?.id !== organizationId) return refuse({ reason: 'user_in_other_organization', subject });

  const session = await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    if (link) {
      await touchExternalIdentity(tx, link.id, now);
    } else {
      const made = await linkExternalIdentity(tx, { userId: user.id, issuer: identity.issuer, subject, now });
      if (made.userId !== user.id) throw new Error('OIDC: identity linked to another user concurrently');
      await appendAudit(
        tx,
        deps.clock,
        { userId: user.id, label: user.displayName },
        {
          action: 'auth.external_identity_linked',
          entityType: 'user',
          entityId: user.id,
          after: { issuer: identity.issuer, subject },
        },
      );
    }
    return openSession(tx, deps.clock, {
      user,
      method: 'oidc',
      ip: input.ip,
      userAgent: input.userAgent,
      previousSessionId: input.previousSessionId,
      policy: deps.sessions,
    });
  });
  return { ok: true, session, linked: !link };
}

/** A failure's category and code, without its message (which may quote the provider's response). */
function describeFailure(error: unknown): FailureFacts {
  if (error instanceof oidc.AuthorizationResponseError) return { reason: 'provider_error', error: error.error };
  if (error instanceof oidc.ResponseBodyError) return { reason: 'invalid_response', error: error.error };
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return { reason: 'invalid_response', error: code ?? (error instanceof Error ? error.name : 'unknown') };
}
