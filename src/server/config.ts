import path from 'node:path';
import { z } from 'zod';

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
});

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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ogiltig konfiguration / invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
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
  };
}

/** For logs: the database location without its credentials. */
export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `embedded PGlite in ${path.join(config.dataDir, 'pgdata')}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
