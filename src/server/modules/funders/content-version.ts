import { createHash } from 'node:crypto';

/**
 * A version for rows that have no version column (assessment aspects, programmes): a digest of what an
 * editor can change. A save naming a digest that no longer matches the row was based on a copy someone
 * else has changed since, and is refused like any stale version.
 */
export function contentVersion(values: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('base64url').slice(0, 16);
}
