import type { DomainError } from '../domain/index.js';

export type Localized = { sv: string; en: string };

/**
 * The one error type of the server. `code` is stable (clients and translations key on it), `status`
 * is the HTTP mapping, `message` is what a person reads, in Swedish and English.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly localized: Localized,
    readonly details: Record<string, unknown> = {},
  ) {
    super(localized.en);
    this.name = 'AppError';
  }

  static fromDomain(error: DomainError, status = 422): AppError {
    return new AppError(error.code, status, error.message, error.details ?? {});
  }

  static notFound(what: Localized): AppError {
    return new AppError('not_found', 404, { sv: `${what.sv} finns inte.`, en: `${what.en} does not exist.` });
  }

  static conflict(localized: Localized, details: Record<string, unknown> = {}): AppError {
    return new AppError('conflict', 409, localized, details);
  }
}
