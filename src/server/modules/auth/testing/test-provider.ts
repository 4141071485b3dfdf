import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import Provider from 'oidc-provider';

/** The claims a test account presents; change them between sign-ins to play an IdP whose data changed. */
export interface TestAccount {
  email?: string;
  email_verified?: unknown;
}

export interface TestProvider {
  /** `http://127.0.0.1:PORT`, exactly as the provider puts it into `iss`. */
  issuer: string;
  /** Accounts by subject; the login form of the provider's dev interactions takes the subject. */
  accounts: Map<string, TestAccount>;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider) on a loopback port, with one confidential client
 * registered for `redirectUri` that must use PKCE. Sign-in and consent are oidc-provider's own
 * development interactions: HTML forms that a test posts to like a browser would.
 */
export async function startTestProvider(client: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}): Promise<TestProvider> {
  const accounts = new Map<string, TestAccount>();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (_ctx, id) => {
      if (!accounts.has(id)) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...accounts.get(id) }) };
    },
    features: { devInteractions: { enabled: true } },
    // Refuse any authorization request without a PKCE challenge: the sign-in passing proves Bidra sends one.
    pkce: { methods: ['S256'], required: () => true },
    cookies: { keys: ['a-test-only-cookie-signing-key'] },
    ttl: { AuthorizationCode: 60, AccessToken: 600, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    jwks: { keys: [generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' })] },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    accounts,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

interface StoredCookie {
  value: string;
  path: string;
}

export interface BrowserResponse {
  url: string;
  status: number;
  location: string | undefined;
  setCookies: string[];
  body: string;
}

/**
 * A minimal browser: one cookie jar per origin (name, value, path; Max-Age=0 and past Expires delete),
 * redirects followed by hand. Requests to `app`'s origin go through app.inject, everything else over
 * real HTTP, so the provider and Bidra talk to each other (discovery, token, userinfo) over the network.
 */
export class TestBrowser {
  readonly #jars = new Map<string, Map<string, StoredCookie>>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly appOrigin: string,
  ) {}

  cookie(origin: string, name: string): string | undefined {
    return this.#jars.get(origin)?.get(name)?.value;
  }

  async request(url: string, init: { method?: 'GET' | 'POST'; form?: Record<string, string> } = {}) {
    const target = new URL(url);
    const method = init.method ?? 'GET';
    const cookie = this.#cookieHeader(target);
    const body = init.form ? new URLSearchParams(init.form).toString() : undefined;
    const headers: Record<string, string> = { 'user-agent': 'bidra-oidc-test' };
    if (cookie) headers.cookie = cookie;
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
    let response: BrowserResponse;
    if (target.origin === this.appOrigin) {
      const res = await this.app.inject({ method, url: target.pathname + target.search, headers, payload: body });
      const raw = res.headers['set-cookie'];
      response = {
        url,
        status: res.statusCode,
        location: typeof res.headers.location === 'string' ? res.headers.location : undefined,
        setCookies: raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)],
        body: res.body,
      };
    } else {
      const res = await fetch(target, { method, headers, body, redirect: 'manual' });
      response = {
        url,
        status: res.status,
        location: res.headers.get('location') ?? undefined,
        setCookies: res.headers.getSetCookie(),
        body: await res.text(),
      };
    }
    this.#store(target, response.setCookies);
    return response;
  }

  /** Follows redirects from `url` until a page (non-3xx) or until `stop` says so; returns every hop. */
  async follow(
    url: string,
    init: { method?: 'GET' | 'POST'; form?: Record<string, string> } = {},
    stop: (r: BrowserResponse) => boolean = () => false,
  ): Promise<BrowserResponse[]> {
    const hops: BrowserResponse[] = [];
    let next: { url: string; init: typeof init } | undefined = { url, init };
    while (next) {
      if (hops.length > 20) throw new Error(`too many redirects from ${url}`);
      const res = await this.request(next.url, next.init);
      hops.push(res);
      next =
        res.status >= 300 && res.status < 400 && res.location && !stop(res)
          ? { url: new URL(res.location, res.url).href, init: {} }
          : undefined;
    }
    return hops;
  }

  #cookieHeader(target: URL): string {
    const jar = this.#jars.get(target.origin);
    if (!jar) return '';
    return [...jar]
      .filter(([, c]) => target.pathname === c.path || target.pathname.startsWith(c.path.replace(/\/?$/, '/')))
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
  }

  #store(target: URL, setCookies: string[]): void {
    let jar = this.#jars.get(target.origin);
    if (!jar) this.#jars.set(target.origin, (jar = new Map<string, StoredCookie>()));
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = '/';
      let gone = false;
      for (const attribute of attributes) {
        const [key = '', v = ''] = attribute.split('=');
        if (key.toLowerCase() === 'path') path = v;
        if (key.toLowerCase() === 'max-age' && Number(v) <= 0) gone = true;
        if (key.toLowerCase() === 'expires' && new Date(v).getTime() < new Date().getTime()) gone = true;
      }
      if (gone) jar.delete(name);
      else jar.set(name, { value, path });
    }
  }
}
