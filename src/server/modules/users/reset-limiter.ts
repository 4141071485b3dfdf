import type { Clock } from '../../../domain/index.js';
import { LoginLimiter } from '../auth/login-limiter.js';

/**
 * How often a password-reset link may be asked for. Per address: a few links an hour, whoever asks,
 * so that the form cannot be used to flood someone's mailbox; beyond that the answer is the same 202,
 * but no mail goes. Per client address: a generous ceiling, so that one machine cannot try address
 * after address; beyond it the answer is 429. Every request counts, whether the address has an account
 * or not, so that the limits reveal nothing. Kept in the process, like the login limiter.
 */
export class ResetLimiter {
  readonly perAddress: LoginLimiter;
  readonly perClient: LoginLimiter;

  constructor(
    clock: Clock,
    limits: { perAddress: number; perClient: number; windowMs: number } = DEFAULT_RESET_LIMITS,
  ) {
    this.perAddress = new LoginLimiter(clock, {
      maxFailures: limits.perAddress,
      windowMs: limits.windowMs,
      maxKeys: 100_000,
    });
    this.perClient = new LoginLimiter(clock, {
      maxFailures: limits.perClient,
      windowMs: limits.windowMs,
      maxKeys: 100_000,
    });
  }

  /** Seconds the client must wait (0: go ahead); counts the request when it may go ahead. */
  admitClient(ip: string): number {
    const wait = this.perClient.retryAfterSeconds(ip);
    if (wait === 0) this.perClient.recordFailure(ip);
    return wait;
  }

  /** Whether a mail may go to this address now; counts the request either way. */
  admitAddress(email: string): boolean {
    const ok = this.perAddress.retryAfterSeconds(email) === 0;
    if (ok) this.perAddress.recordFailure(email);
    return ok;
  }
}

export const DEFAULT_RESET_LIMITS = { perAddress: 3, perClient: 20, windowMs: 60 * 60_000 };
