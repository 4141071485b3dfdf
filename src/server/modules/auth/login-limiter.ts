import type { Clock } from '../../../domain/index.js';

export interface LoginLimiterOptions {
  /** Failed attempts allowed within the window; the next attempt is refused. */
  maxFailures: number;
  windowMs: number;
  /** Keys kept at most; beyond it the oldest are dropped, so a flood of made-up e-mails cannot fill memory. */
  maxKeys: number;
}

export const defaultLoginLimits: LoginLimiterOptions = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  maxKeys: 100_000,
};

/**
 * Counts failed logins per e-mail and IP address in a sliding window. Only failures count: a person
 * who signs in and out all day is never limited. The state lives in this process: several app
 * instances behind a load balancer each count on their own, so such a deployment needs a shared store
 * (a PostgreSQL table or Redis) behind the same three methods.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly options: LoginLimiterOptions = defaultLoginLimits,
  ) {}

  static key(email: string, ip: string): string {
    return `${email}\n${ip}`;
  }

  /** Seconds until the next attempt is allowed; 0 when it is allowed now. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.options.maxFailures) return 0;
    const oldest = recent[recent.length - this.options.maxFailures]!;
    const waitMs = oldest + this.options.windowMs - this.clock.now().getTime();
    return Math.max(1, Math.ceil(waitMs / 1000));
  }

  recordFailure(key: string): void {
    const recent = this.recent(key);
    recent.push(this.clock.now().getTime());
    // Re-inserting moves the key to the end of the map's order: the first keys are the stalest.
    this.failures.delete(key);
    this.failures.set(key, recent.slice(-this.options.maxFailures));
    while (this.failures.size > this.options.maxKeys) {
      const stalest = this.failures.keys().next().value;
      if (stalest === undefined) break;
      this.failures.delete(stalest);
    }
  }

  /** A successful login forgets the failures before it. */
  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.clock.now().getTime() - this.options.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(key);
    return kept;
  }
}
