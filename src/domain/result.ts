import type { DomainError } from './errors.js';

/** A rule's answer: a value, or the reason it does not hold. Domain functions return these, never throw for rule breaks. */
export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

/** For callers that have already validated their input (tests, seed data): unwrap or throw. */
export function unwrap<T, E extends { message?: unknown; code?: string }>(result: Result<T, E>): T {
  if (result.ok) return result.value;
  const e = result.error;
  throw new Error(`${e.code ?? 'error'}: ${JSON.stringify(e.message ?? e)}`);
}
