import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Session } from '../../db/schema/index.js';

export const SESSION_COOKIE = 'bidra_session';
/** However active, a session ends this long after sign-in (default; BIDRA_SESSION_MAX_HOURS). */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** A session nobody has used for this long is over (default; BIDRA_SESSION_IDLE_MINUTES). */
export const SESSION_IDLE_MS = 2 * 60 * 60_000;

/** How long sessions live: an installation sets both (docs/configuration.md). */
export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: SESSION_IDLE_MS, absoluteMs: SESSION_ABSOLUTE_MS };
/** last_seen_at is written at most this often: one write a minute per user, not one per request. */
export const SESSION_TOUCH_MS = 60_000;

/** A fresh cookie token (32 random bytes) and the id it is stored under. */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: sessionIdOf(token) };
}

/** The database never holds the token itself: a copy of the table cannot be replayed. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

export function isSessionLive(
  session: Pick<Session, 'expiresAt' | 'lastSeenAt'>,
  now: Date,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): boolean {
  const t = now.getTime();
  return t < session.expiresAt.getTime() && t - session.lastSeenAt.getTime() < policy.idleMs;
}

export function needsTouch(session: Pick<Session, 'lastSeenAt'>, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_MS;
}

/** Constant-time comparison, so response timing does not leak how much of a guessed token was right. */
export function sameToken(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
