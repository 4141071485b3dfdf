import type { Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Executor } from '../../../db/client.js';
import type { User } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { isValidEmailAddress } from '../../../mail/outbox.js';
import type { Role } from '../../auth/principal.js';
import { insertRoleGrant } from '../../auth/auth.repository.js';
import { findUserIdByEmail, insertUser } from '../users.repository.js';

export interface RoleToGrant {
  role: Role;
  organizationId: string;
  /** A decision maker's formal capacity, e.g. "ordförande i regionala utvecklingsnämnden". */
  capacity?: string | null;
}

export interface NewUserInput {
  email: string;
  displayName: string;
  title?: string | null;
  /** Telephone as printed on letters where the person is the contact. */
  phone?: string | null;
  organizationId: string | null;
  roles: RoleToGrant[];
  /** argon2id; null for someone who sets a password later (an invitation) or signs in only by OIDC. */
  passwordHash: string | null;
  /**
   * True when whoever creates the user vouches for the address (an administrator at the command
   * line, the demo). False for a sign-up or an invitation: the link sent to the address verifies it.
   */
  verified: boolean;
  installationAdmin?: boolean;
}

const fieldProblem = (code: string, status: number, path: string, sv: string, en: string) =>
  new AppError(code, status, { sv, en }, { issues: [{ path, code, severity: 'error', message: { sv, en } }] });

export const emailTaken = (email: string): AppError =>
  fieldProblem(
    'user.email_taken',
    409,
    'email',
    `Det finns redan ett konto med e-postadressen ${email}.`,
    `There is already an account with the e-mail address ${email}.`,
  );

/** Checks and normalises the address and name every way of creating a user shares. */
export function checkedIdentity(input: { email: string; displayName: string }): { email: string; displayName: string } {
  const email = input.email.trim();
  const displayName = input.displayName.trim().replace(/\s+/g, ' ');
  if (!isValidEmailAddress(email)) {
    throw fieldProblem(
      'user.email_invalid',
      422,
      'email',
      `"${input.email}" är inte en giltig e-postadress.`,
      `"${input.email}" is not a valid e-mail address.`,
    );
  }
  if (displayName === '' || displayName.length > 200) {
    throw fieldProblem(
      'user.name_invalid',
      422,
      'displayName',
      'Ange personens namn (högst 200 tecken).',
      "Give the person's name (at most 200 characters).",
    );
  }
  return { email, displayName };
}

/**
 * The one way a user comes into being: by the command line, an administrator's invitation, a sign-up
 * or the demo. Refuses an address that already has an account (409, linked to the e-mail field);
 * writes the user, the roles and one audit event in the caller's transaction.
 */
export async function createUser(tx: Executor, clock: Clock, actor: Actor, input: NewUserInput): Promise<User> {
  const { email, displayName } = checkedIdentity(input);
  if (await findUserIdByEmail(tx, email)) throw emailTaken(email);
  const now = clock.now();
  const user = await insertUser(tx, {
    email,
    displayName,
    title: input.title?.trim() || null,
    phone: input.phone?.trim() || null,
    passwordHash: input.passwordHash,
    organizationId: input.organizationId,
    emailVerifiedAt: input.verified ? now : null,
    installationAdmin: input.installationAdmin ?? false,
    createdAt: now,
    updatedAt: now,
  });
  for (const grant of input.roles) {
    await insertRoleGrant(tx, {
      userId: user.id,
      role: grant.role,
      organizationId: grant.organizationId,
      capacity: grant.capacity?.trim() || null,
      createdBy: actor.userId,
      createdAt: now,
    });
  }
  const { passwordHash: _hash, ...shown } = user;
  await appendAudit(tx, clock, actor, {
    action: 'user.created',
    entityType: 'user',
    entityId: user.id,
    after: { ...shown, hasPassword: input.passwordHash !== null, roles: input.roles },
  });
  return user;
}
