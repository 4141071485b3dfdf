import * as oidc from 'openid-client';
import { isLoopbackUrl, type OidcConfig } from '../../config.js';
import type { PendingOidcLogin } from './oidc-pending.js';

/** What Bidra needs from a successful provider sign-in; no token leaves this module. */
export interface OidcIdentity {
  /** The ID token's `iss`. */
  issuer: string;
  /** The ID token's `sub`. */
  subject: string;
  /**
   * The e-mail address and whether the provider has verified it: from the ID token when it carries
   * them, else from the UserInfo endpoint. Read only when the identity is not linked yet.
   */
  email(): Promise<{ email: string | undefined; emailVerified: boolean }>;
}

/** The scopes Bidra asks for: who the person is, and their e-mail address for the first link. */
const SCOPE = 'openid email';

/**
 * The relying party side of OpenID Connect, all protocol work done by openid-client: discovery (once,
 * retried after a failure), the authorization URL with PKCE (S256), state and nonce, and the code
 * exchange with validation of state, issuer, nonce and the ID token.
 */
export class OidcClient {
  #configuration: Promise<oidc.Configuration> | undefined;

  constructor(readonly config: OidcConfig) {
    if (config.allowInsecureHttp && !isLoopbackUrl(config.issuer)) {
      throw new Error('OIDC: insecure http is only allowed for a loopback issuer');
    }
  }

  #discover(): Promise<oidc.Configuration> {
    this.#configuration ??= oidc
      .discovery(
        new URL(this.config.issuer),
        this.config.clientId,
        undefined,
        oidc.ClientSecretBasic(this.config.clientSecret),
        { execute: this.config.allowInsecureHttp ? [oidc.allowInsecureRequests] : [], timeout: 10 },
      )
      .catch((error: unknown) => {
        // Not cached: the next sign-in tries again (the provider may just have been down).
        this.#configuration = undefined;
        throw error;
      });
    return this.#configuration;
  }

  /** Where to send the browser to sign in at the provider. */
  async authorizationUrl(pending: PendingOidcLogin): Promise<URL> {
    const configuration = await this.#discover();
    return oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUri,
      scope: SCOPE,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /**
   * Validates the provider's answer at the redirect URI against what /start remembered and exchanges
   * the code for tokens. Throws (openid-client's errors) on any mismatch or provider error.
   */
  async finish(callbackQuery: string, pending: PendingOidcLogin): Promise<OidcIdentity> {
    const configuration = await this.#discover();
    const currentUrl = new URL(this.config.redirectUri);
    currentUrl.search = callbackQuery;
    const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('OIDC: the provider returned no ID token');
    const accessToken = tokens.access_token;
    return {
      issuer: claims.iss,
      subject: claims.sub,
      email: async () => {
        let source: Record<string, unknown> = claims;
        if (typeof claims.email !== 'string' && configuration.serverMetadata().userinfo_endpoint) {
          source = await oidc.fetchUserInfo(configuration, accessToken, claims.sub);
        }
        return {
          email: typeof source.email === 'string' ? source.email : undefined,
          // Only a real boolean true counts; "true" as a string or a missing claim do not.
          emailVerified: source.email_verified === true,
        };
      },
    };
  }
}
