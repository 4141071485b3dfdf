import { dictionary } from '@zxcvbn-ts/language-common';
import { passwordIssues } from '../../../domain/index.js';
import { AppError } from '../../errors.js';
import { hashPassword } from './passwords.js';

// The common-password list of zxcvbn-ts (about 49 000 passwords seen in breaches), read once.
let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));

export const isCommonPassword = (candidate: string): boolean => commonPasswords().has(candidate.toLowerCase());

/**
 * Refuses a password that breaks the rules (docs/domain/accounts.md: at least 12 characters, not a
 * common password, not the person's own name or address) with a 422 whose issue points at the
 * `password` field; otherwise returns its argon2id hash.
 */
export async function acceptablePasswordHash(password: string, personal: readonly string[]): Promise<string> {
  const issues = passwordIssues(password, { isCommon: isCommonPassword, personal });
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new AppError('password.rejected', 422, first.message, { issues });
  }
  return hashPassword(password);
}
