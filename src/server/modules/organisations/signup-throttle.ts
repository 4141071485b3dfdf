import type { Clock } from '../../../domain/index.js';
import { AppError } from '../../errors.js';
import { LoginLimiter } from '../auth/login-limiter.js';

/** At most this many sign-ups (or requests for a new link) from one IP address per hour. */
export const SIGNUPS_PER_IP_PER_HOUR = 10;
/** At most this many new verification links asked for one address per hour, whoever asks. */
export const LINKS_PER_ADDRESS_PER_HOUR = 3;

/**
 * Counts sign-ups and requests for a new verification link per IP address in a sliding window, so
 * that a script cannot use Bidra to flood other people's mailboxes. It reuses the login limiter's
 * window (every counted event is a "failure" there) and, like it, lives in this process only.
 */
export class SignUpThrottle {
  private readonly window: LoginLimiter;

  constructor(clock: Clock, perHour = SIGNUPS_PER_IP_PER_HOUR) {
    this.window = new LoginLimiter(clock, { maxFailures: perHour, windowMs: 60 * 60_000, maxKeys: 50_000 });
  }

  /** Counts one event for `key` and says true, or says false when the hour's allowance is spent. */
  tryTake(key: string): boolean {
    if (this.window.retryAfterSeconds(key) > 0) return false;
    this.window.recordFailure(key);
    return true;
  }

  /** Counts one event for `ip`, or refuses it with 429 when the hour's allowance is spent. */
  take(ip: string): void {
    const wait = this.window.retryAfterSeconds(ip);
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60);
      throw new AppError(
        'signup.too_many',
        429,
        {
          sv: `För många konton eller länkar har begärts från din adress. Försök igen om ${minutes} minuter.`,
          en: `Too many accounts or links have been requested from your address. Try again in ${minutes} minutes.`,
        },
        { retryAfterSeconds: wait },
      );
    }
    this.window.recordFailure(ip);
  }
}
