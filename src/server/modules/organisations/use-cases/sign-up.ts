import type { Clock } from '../../../../domain/index.js';
import type { Db } from '../../../db/client.js';
import { AppError } from '../../../errors.js';
import { acceptablePasswordHash } from '../../auth/password-policy.js';
import { checkedIdentity, createUser } from '../../users/use-cases/create-user.js';
import { isUniqueViolation } from '../unique-violation.js';
import { sendVerificationLink } from './verify-email.js';

export interface SignUpInput {
  email: string;
  displayName: string;
  password: string;
}

const accountExists = (email: string) => {
  const message = {
    sv: `Det finns redan ett konto med e-postadressen ${email}. Logga in, eller återställ lösenordet om du har glömt det.`,
    en: `There is already an account with the e-mail address ${email}. Sign in, or reset the password if you have forgotten it.`,
  };
  return new AppError('user.email_taken', 409, message, {
    issues: [{ path: 'email', code: 'user.email_taken', severity: 'error', message }],
  });
};

/**
 * Someone creates an account with their e-mail address and a password. The account has no organisation
 * and no role, and cannot sign in until the link mailed to the address is followed: the user, the link
 * and the mail commit together.
 */
export async function signUp(
  deps: { db: Db; clock: Clock; publicUrl: string },
  input: SignUpInput,
): Promise<{ email: string }> {
  const identity = checkedIdentity(input);
  // Checked before the transaction: a weak password is answered without writing anything.
  const passwordHash = await acceptablePasswordHash(input.password, [identity.email, identity.displayName]);
  try {
    return await deps.db.transaction(async (tx) => {
      const user = await createUser(
        tx,
        deps.clock,
        { userId: null, label: 'sign-up' },
        { ...identity, organizationId: null, roles: [], passwordHash, verified: false },
      );
      await sendVerificationLink(tx, deps.clock, deps.publicUrl, user.id);
      return { email: user.email };
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'user.email_taken') throw accountExists(identity.email);
    // Two sign-ups with the same address at the same moment: the unique index decides, the same answer.
    if (isUniqueViolation(error)) throw accountExists(identity.email);
    throw error;
  }
}
