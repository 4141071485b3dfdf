import type { Clock } from '../domain/index.js';

/** The real clock; tests inject a fixed one. The only place the server asks the system for the time. */
export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return { now: () => new Date(at) };
}
