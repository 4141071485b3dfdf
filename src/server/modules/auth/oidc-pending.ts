import { randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';
import type { Clock } from '../../../domain/index.js';

/** What /oidc/start must remember until the provider sends the browser back to /oidc/callback. */
export interface PendingOidcLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  createdAt: number;
}

/** A sign-in at the provider must be finished within this time. */
export const OIDC_PENDING_TTL_MS = 10 * 60_000;
/** An upper bound, so that a flood of /oidc/start requests cannot grow memory without end. */
const MAX_PENDING = 10_000;

/**
 * State, nonce and PKCE verifier of sign-ins in progress, kept on the server: the browser holds only an
 * opaque random handle (the HttpOnly `bidra_oidc` cookie), so no script and no URL ever sees them. Each
 * entry is used once. Like the login limiter, it lives in the process: one instance of Bidra (or sticky
 * sessions) per provider sign-in; a restart in the middle of a sign-in means starting it again.
 */
export class PendingOidcLogins {
  readonly #entries = new Map<string, PendingOidcLogin>();

  constructor(private readonly clock: Clock) {}

  /** A fresh sign-in attempt and the handle that goes into the cookie. */
  create(): { handle: string; pending: PendingOidcLogin } {
    this.#sweep();
    while (this.#entries.size >= MAX_PENDING) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    const handle = randomBytes(32).toString('base64url');
    const pending: PendingOidcLogin = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      createdAt: this.clock.now().getTime(),
    };
    this.#entries.set(handle, pending);
    return { handle, pending };
  }

  /** The attempt behind a handle, removed so it cannot be replayed; undefined when unknown or too old. */
  take(handle: string | undefined): PendingOidcLogin | undefined {
    if (!handle) return undefined;
    const pending = this.#entries.get(handle);
    this.#entries.delete(handle);
    if (!pending || this.#expired(pending)) return undefined;
    return pending;
  }

  #expired(pending: PendingOidcLogin): boolean {
    return this.clock.now().getTime() - pending.createdAt >= OIDC_PENDING_TTL_MS;
  }

  #sweep(): void {
    // Insertion order is creation order: stop at the first entry that is still fresh.
    for (const [handle, pending] of this.#entries) {
      if (!this.#expired(pending)) break;
      this.#entries.delete(handle);
    }
  }
}
