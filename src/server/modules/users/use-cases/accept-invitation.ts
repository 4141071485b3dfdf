import type { Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import { AppError } from '../../../errors.js';
import { loadSignedInUser } from '../../auth/auth.repository.js';
import { readLinkToken } from '../../auth/one-time-links.js';
import { acceptablePasswordHash } from '../../auth/password-policy.js';
import type { Role, SignedInUser } from '../../auth/principal.js';
import { openSession, type OpenedSession } from '../../auth/use-cases/open-session.js';
import type { SessionPolicy } from '../../auth/session-token.js';
import { findUser, organizationName, rolesOfUser, setPassword } from '../users.repository.js';
import { checkedIdentity } from './create-user.js';

export interface InvitationView {
  email: string;
  displayName: string;
  organization: string | null;
  roles: { role: Role; capacity: string | null }[];
  /** Invited as the installation's first administrator, to create the funder (no organisation or roles yet). */
  installationAdmin: boolean;
  expiresAt: string;
}

const gone = () =>
  new AppError('link.invalid', 410, {
    sv: 'Inbjudan gäller inte längre: kontot är avstängt.',
    en: 'The invitation no longer applies: the account is disabled.',
  });

/** What the invitation page shows before the person chooses a password (nothing is used up). */
export async function inspectInvitation(db: Executor, clock: Clock, token: string): Promise<InvitationView> {
  const { userId, expiresAt } = await readLinkToken(db, clock, token, 'invitation', { use: false });
  const user = await findUser(db, userId);
  if (!user?.active) throw gone();
  const roles = await rolesOfUser(db, userId);
  return {
    email: user.email,
    displayName: user.displayName,
    organization: user.organizationId ? ((await organizationName(db, user.organizationId)) ?? null) : null,
    roles: roles.map((r) => ({ role: r.role, capacity: r.capacity })),
    installationAdmin: user.installationAdmin,
    expiresAt: expiresAt.toISOString(),
  };
}

export interface AcceptInvitationInput {
  token: string;
  password: string;
  /** The name as the person wants it shown, if they correct the administrator's spelling. */
  displayName?: string;
  ip: string;
  userAgent: string | undefined;
  previousSessionId: string | undefined;
}

/**
 * The invited person chooses a password: the link is used up, the address counts as verified (the
 * link reached it), and the person is signed in at once. A weak password is refused before the link
 * is touched, so they can try again with the same link.
 */
export async function acceptInvitation(
  deps: { db: Db; clock: Clock; sessions?: SessionPolicy },
  input: AcceptInvitationInput,
): Promise<OpenedSession> {
  const preview = await inspectInvitation(deps.db, deps.clock, input.token);
  const displayName = input.displayName?.trim()
    ? checkedIdentity({ email: preview.email, displayName: input.displayName }).displayName
    : preview.displayName;
  const passwordHash = await acceptablePasswordHash(input.password, [preview.email, displayName]);
  return deps.db.transaction(async (tx) => {
    const { userId } = await readLinkToken(tx, deps.clock, input.token, 'invitation', { use: true });
    const now = deps.clock.now();
    await setPassword(tx, userId, { passwordHash, verifiedAt: now, displayName, now });
    await appendAudit(
      tx,
      deps.clock,
      { userId, label: displayName },
      { action: 'user.invitation_accepted', entityType: 'user', entityId: userId, after: { displayName } },
    );
    const user: SignedInUser | undefined = await loadSignedInUser(tx, userId);
    if (!user) throw gone();
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
