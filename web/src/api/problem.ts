import type { FieldIssue } from '../../../src/domain/index.js';

/**
 * An RFC 9457 problem answer, shown to the user by its `detail`. Pages import it from ../api.ts; the typed
 * client (client.ts) throws it, and this file lets both import it without importing each other.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(detail);
  }
  /** The per-field issues a 422 carries (`details.issues`). */
  get issues(): FieldIssue[] {
    return Array.isArray(this.details.issues) ? (this.details.issues as FieldIssue[]) : [];
  }
}
