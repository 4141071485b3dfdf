import type { FieldIssue } from './application.js';

/** A password shorter than this is refused, whoever sets it (docs/domain/accounts.md). */
export const PASSWORD_MIN_LENGTH = 12;
/** Longer than this is not a password but a paste accident, and argon2 would hash it for nothing. */
export const PASSWORD_MAX_LENGTH = 256;

export interface PasswordContext {
  /** True when the text is a known common password (the server asks a maintained list). */
  isCommon: (candidate: string) => boolean;
  /** The person's own e-mail address and name: a password made of them is easy to guess. */
  personal?: readonly string[];
}

const issue = (code: string, sv: string, en: string): FieldIssue => ({
  path: 'password',
  code,
  severity: 'error',
  message: { sv, en },
});

/**
 * What is wrong with a new password, as field issues of `password`; empty when it may be used.
 * Common passwords are refused also with digits or symbols added at the end ("password2024!"), the
 * usual way people stretch one to the required length, and so are passwords that are only the
 * person's own name or e-mail address.
 */
export function passwordIssues(password: string, context: PasswordContext): FieldIssue[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return [
      issue(
        'password.too_short',
        `Lösenordet måste ha minst ${PASSWORD_MIN_LENGTH} tecken (det har ${length}).`,
        `The password must have at least ${PASSWORD_MIN_LENGTH} characters (it has ${length}).`,
      ),
    ];
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return [
      issue(
        'password.too_long',
        `Lösenordet får ha högst ${PASSWORD_MAX_LENGTH} tecken.`,
        `The password may have at most ${PASSWORD_MAX_LENGTH} characters.`,
      ),
    ];
  }
  const lower = password.toLowerCase().normalize('NFC');
  const stem = lower.replace(/[\d\W_]+$/u, '');
  const distinct = new Set(lower).size;
  if (context.isCommon(lower) || (stem.length >= 4 && context.isCommon(stem)) || distinct <= 2) {
    return [
      issue(
        'password.common',
        'Lösenordet är för vanligt och lätt att gissa. Välj ett annat, gärna flera ord i rad.',
        'The password is too common and easy to guess. Choose another, for example several words in a row.',
      ),
    ];
  }
  // Compared without case, separators or diacritics: "Sökandesson" and "sokandesson" are the same name.
  const fold = (text: string) =>
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[\s.\-_]+/g, '');
  const personal = (context.personal ?? [])
    .flatMap((p) => [p, p.split('@')[0] ?? ''])
    .map(fold)
    .filter((p) => p.length >= 4);
  if (personal.some((p) => fold(stem) === p || fold(lower) === p)) {
    return [
      issue(
        'password.personal',
        'Lösenordet får inte vara ditt namn eller din e-postadress.',
        'The password must not be your name or your e-mail address.',
      ),
    ];
  }
  return [];
}
