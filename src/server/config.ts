import path from 'node:path';
import { z } from 'zod';
import { parseOrgNumber } from '../domain/index.js';

/** An optional text setting; an empty value counts as not set. */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/**
 * The only reader of process.env. Every setting Bidra understands is listed here, documented in
 * docs/configuration.md, and validated at start-up so a typo fails loudly instead of silently.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  BIDRA_DATA_DIR: z.string().default('./data'),
  BIDRA_DOCUMENTS_DIR: z.string().optional(),
  BIDRA_OUTBOX_INTERVAL_MS: z.coerce.number().int().min(1000).default(10_000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().default('Bidra <noreply@bidra.invalid>'),
  BIDRA_PUBLIC_URL: z.string().default('http://localhost:3000'),
  BIDRA_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(120),
  BIDRA_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(30 * 24)
    .default(12),
  BIDRA_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(1024).default(20),
  BIDRA_OIDC_ISSUER: optionalText,
  BIDRA_OIDC_CLIENT_ID: optionalText,
  BIDRA_OIDC_CLIENT_SECRET: optionalText,
  BIDRA_OIDC_NAME: optionalText,
  BIDRA_OIDC_ORG_NUMBER: optionalText,
  BIDRA_OIDC_ALLOW_INSECURE_HTTP: z
    .enum(['true', 'false', ''])
    .optional()
    .transform((v) => v === 'true'),
});

/** The settings that make up one OIDC provider; all of them or none. */
const OIDC_REQUIRED = [
  'BIDRA_OIDC_ISSUER',
  'BIDRA_OIDC_CLIENT_ID',
  'BIDRA_OIDC_CLIENT_SECRET',
  'BIDRA_OIDC_NAME',
  'BIDRA_OIDC_ORG_NUMBER',
] as const;

/**
 * Sign-in through an organisation's own OpenID Connect provider (authorization code flow with PKCE).
 * Only users of `organizationNumber`'s organisation may sign in this way.
 */
export interface OidcConfig {
  /** The provider's issuer identifier; its discovery document is read from `/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  /** Never logged and never audited. */
  clientSecret: string;
  /** What the sign-in button says after "Logga in med" / "Sign in with", e.g. "Umeå universitet". */
  label: string;
  /** The organisation whose users may sign in through this provider (NNNNNN-NNNN). */
  organizationNumber: string;
  /** Registered at the provider: `BIDRA_PUBLIC_URL` + `/api/v1/auth/oidc/callback`. */
  redirectUri: string;
  /** Plain http to the provider; only ever allowed for a loopback issuer (tests, local development). */
  allowInsecureHttp: boolean;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for an issuer on this machine, where plain http cannot be intercepted on the way. */
export function isLoopbackUrl(url: string): boolean {
  return LOOPBACK_HOSTS.has(new URL(url).hostname);
}

/**
 * Checks an OIDC configuration whichever way it came (environment or createApp's options): the issuer
 * must be https, unless insecure http is explicitly allowed and the issuer is a loopback address.
 * Returns the problems found, empty when it is fine.
 */
export function oidcConfigProblems(oidc: Pick<OidcConfig, 'issuer' | 'redirectUri' | 'allowInsecureHttp'>): string[] {
  const problems: string[] = [];
  if (!URL.canParse(oidc.issuer)) return [`BIDRA_OIDC_ISSUER: not a URL: ${oidc.issuer}`];
  const issuer = new URL(oidc.issuer);
  if (issuer.protocol !== 'https:' && issuer.protocol !== 'http:') {
    problems.push('BIDRA_OIDC_ISSUER: must be an https:// URL');
  } else if (issuer.protocol === 'http:') {
    if (!oidc.allowInsecureHttp) {
      problems.push('BIDRA_OIDC_ISSUER: must be an https:// URL (http only with BIDRA_OIDC_ALLOW_INSECURE_HTTP=true)');
    } else if (!isLoopbackUrl(oidc.issuer)) {
      problems.push('BIDRA_OIDC_ALLOW_INSECURE_HTTP: only allowed for a loopback issuer (127.0.0.1, localhost, [::1])');
    }
  }
  if (!URL.canParse(oidc.redirectUri)) {
    problems.push(`BIDRA_PUBLIC_URL: not a URL, so there is no redirect URI: ${oidc.redirectUri}`);
  }
  return problems;
}

/** The redirect URI registered at the provider, under the address people reach Bidra at. */
export function oidcRedirectUri(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/api/v1/auth/oidc/callback`;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Stored documents (decision letters, attachments), content-addressed. */
  documentsDir: string;
  outboxIntervalMs: number;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  smtp: { host: string; port: number; user?: string; password?: string } | undefined;
  mailFrom: string;
  publicUrl: string;
  /** Undefined unless every BIDRA_OIDC_* setting is given: then there is no OIDC sign-in. */
  oidc: OidcConfig | undefined;
  /** A session ends after this long without a request, and this long after sign-in whatever happens. */
  sessions: { idleMs: number; absoluteMs: number };
  /** The largest attachment accepted, in bytes. */
  maxUploadBytes: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw invalid(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const oidc = oidcFromEnv(e);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.BIDRA_DATA_DIR),
    documentsDir: path.resolve(e.BIDRA_DOCUMENTS_DIR ?? path.join(e.BIDRA_DATA_DIR, 'documents')),
    outboxIntervalMs: e.BIDRA_OUTBOX_INTERVAL_MS,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    smtp: e.SMTP_HOST
      ? { host: e.SMTP_HOST, port: e.SMTP_PORT ?? 587, user: e.SMTP_USER, password: e.SMTP_PASSWORD }
      : undefined,
    mailFrom: e.SMTP_FROM,
    publicUrl: e.BIDRA_PUBLIC_URL,
    oidc,
    sessions: { idleMs: e.BIDRA_SESSION_IDLE_MINUTES * 60_000, absoluteMs: e.BIDRA_SESSION_MAX_HOURS * 3_600_000 },
    maxUploadBytes: e.BIDRA_MAX_UPLOAD_MB * 1024 * 1024,
  };
}

function oidcFromEnv(e: z.infer<typeof envSchema>): OidcConfig | undefined {
  const missing = OIDC_REQUIRED.filter((name) => e[name] === undefined);
  if (missing.length === OIDC_REQUIRED.length) {
    if (e.BIDRA_OIDC_ALLOW_INSECURE_HTTP) {
      throw invalid(['BIDRA_OIDC_ALLOW_INSECURE_HTTP: set without BIDRA_OIDC_ISSUER']);
    }
    return undefined;
  }
  if (missing.length > 0) {
    throw invalid(missing.map((name) => `${name}: required when any BIDRA_OIDC_* setting is given`));
  }
  const orgNumber = parseOrgNumber(e.BIDRA_OIDC_ORG_NUMBER!);
  const oidc: OidcConfig = {
    issuer: e.BIDRA_OIDC_ISSUER!,
    clientId: e.BIDRA_OIDC_CLIENT_ID!,
    clientSecret: e.BIDRA_OIDC_CLIENT_SECRET!,
    label: e.BIDRA_OIDC_NAME!,
    organizationNumber: orgNumber.ok ? orgNumber.value : e.BIDRA_OIDC_ORG_NUMBER!,
    redirectUri: oidcRedirectUri(e.BIDRA_PUBLIC_URL),
    allowInsecureHttp: e.BIDRA_OIDC_ALLOW_INSECURE_HTTP,
  };
  const problems = oidcConfigProblems(oidc);
  if (!orgNumber.ok) problems.push(`BIDRA_OIDC_ORG_NUMBER: ${orgNumber.error.message.en}`);
  if (problems.length > 0) throw invalid(problems);
  return oidc;
}

function invalid(lines: string[]): Error {
  return new Error(`Ogiltig konfiguration / invalid configuration:\n${lines.map((l) => `  ${l}`).join('\n')}`);
}

/** For logs: the database location without its credentials. */
export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `embedded PGlite in ${path.join(config.dataDir, 'pgdata')}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
