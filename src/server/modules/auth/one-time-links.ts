import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Clock } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import { userTokens, type tokenPurpose } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';

export type LinkPurpose = (typeof tokenPurpose.enumValues)[number];

/** How long each kind of link works. */
export const LINK_LIFETIME_MS: Record<LinkPurpose, number> = {
  invitation: 72 * 60 * 60_000,
  email_verification: 72 * 60 * 60_000,
  password_reset: 2 * 60 * 60_000,
};

/** Where each kind of link leads in the web app; the token travels in the query string. */
export const LINK_PAGES: Record<LinkPurpose, string> = {
  invitation: '/inbjudan',
  email_verification: '/verifiera-epost',
  password_reset: '/nytt-losenord',
};

const idOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** The absolute address of a link, under the address people reach Bidra at. */
export const linkUrl = (publicUrl: string, purpose: LinkPurpose, token: string): string =>
  `${publicUrl.replace(/\/+$/, '')}${LINK_PAGES[purpose]}?token=${encodeURIComponent(token)}`;

/**
 * Makes a new one-time link for a person and ends any earlier unused link of the same purpose (a
 * resent invitation makes the first one useless). Returns the token, which goes into the e-mail and
 * nowhere else: the database keeps only its sha256.
 */
export async function issueLinkToken(
  tx: Executor,
  clock: Clock,
  input: { userId: string; purpose: LinkPurpose; createdBy: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const now = clock.now();
  await tx
    .update(userTokens)
    .set({ expiresAt: now })
    .where(
      and(
        eq(userTokens.userId, input.userId),
        eq(userTokens.purpose, input.purpose),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, now),
      ),
    );
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[input.purpose]);
  await tx.insert(userTokens).values({
    id: idOf(token),
    purpose: input.purpose,
    userId: input.userId,
    createdAt: now,
    expiresAt,
    createdBy: input.createdBy,
  });
  return { token, expiresAt };
}

const linkProblem = (code: string, sv: string, en: string) =>
  new AppError(code, 410, { sv, en }, { issues: [{ path: 'token', code, severity: 'error', message: { sv, en } }] });

const WHAT: Record<LinkPurpose, { sv: string; en: string }> = {
  invitation: { sv: 'Inbjudningslänken', en: 'The invitation link' },
  email_verification: { sv: 'Verifieringslänken', en: 'The verification link' },
  password_reset: { sv: 'Länken för nytt lösenord', en: 'The password reset link' },
};
const AGAIN: Record<LinkPurpose, { sv: string; en: string }> = {
  invitation: {
    sv: 'Be administratören skicka en ny inbjudan.',
    en: 'Ask the administrator to send a new invitation.',
  },
  email_verification: { sv: 'Logga in för att få en ny länk.', en: 'Sign in to get a new link.' },
  password_reset: { sv: 'Begär en ny länk under "Glömt lösenord".', en: 'Ask for a new link under "Forgot password".' },
};

/**
 * Checks a link's token without using it: the person it is for, or 410 saying whether it was used,
 * has expired or never existed. `use` marks it used in the caller's transaction (row locked), so two
 * clicks at once cannot both succeed.
 */
export async function readLinkToken(
  tx: Executor,
  clock: Clock,
  token: string,
  purpose: LinkPurpose,
  o: { use: boolean },
): Promise<{ userId: string; expiresAt: Date }> {
  const base = tx
    .select()
    .from(userTokens)
    .where(eq(userTokens.id, idOf(token)));
  const [row] = o.use ? await base.for('update') : await base;
  const what = WHAT[purpose];
  const again = AGAIN[purpose];
  if (!row || row.purpose !== purpose) {
    throw linkProblem(
      'link.invalid',
      `${what.sv} är ogiltig. Kontrollera att du kopierade hela länken. ${again.sv}`,
      `${what.en} is not valid. Check that you copied the whole link. ${again.en}`,
    );
  }
  if (row.usedAt) {
    throw linkProblem(
      'link.used',
      `${what.sv} har redan använts och fungerar bara en gång. ${again.sv}`,
      `${what.en} has already been used and works only once. ${again.en}`,
    );
  }
  const now = clock.now();
  if (row.expiresAt.getTime() <= now.getTime()) {
    throw linkProblem('link.expired', `${what.sv} har gått ut. ${again.sv}`, `${what.en} has expired. ${again.en}`);
  }
  if (o.use) await tx.update(userTokens).set({ usedAt: now }).where(eq(userTokens.id, row.id));
  return { userId: row.userId, expiresAt: row.expiresAt };
}
