import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentKey } from '../documents/document-store.js';
import { migrationsFolder, projectRoot } from '../paths.js';

/**
 * A Bidra backup is a gzip'd tar: `manifest.json` first, then one `tables/<table>.ndjson` per table
 * (one JSON object per row, as PostgreSQL's `to_jsonb` writes it, so bigint, timestamps and jsonb keep
 * every digit), then `documents/ab/cd/<sha256>` for every stored document the data refers to.
 * A later format that an older Bidra cannot read gets a new `formatVersion`.
 */
export const BACKUP_FORMAT = 'bidra-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_PART = 'manifest.json';

const identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'not a plain SQL identifier');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const bytes = z.number().int().nonnegative();

const tablePartSchema = z
  .object({
    name: identifier,
    /** The stored columns (generated ones are left out: the target computes them again). */
    columns: z.array(identifier).min(1),
    rows: z.number().int().nonnegative(),
    part: z.string(),
    bytes,
    sha256,
  })
  .refine((t) => t.part === tablePart(t.name), { message: 'a table must sit in its own part' });

const documentPartSchema = z
  .object({ storageKey: z.string(), part: z.string(), bytes, sha256 })
  .refine((d) => d.storageKey === contentKey(d.sha256) && d.part === documentPart(d.storageKey), {
    message: 'a document must sit under its own sha256',
  });

export const manifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.number().int().positive(),
    bidraVersion: z.string(),
    createdAt: z.string(),
    database: z.enum(['pglite', 'postgres']),
    /** The latest migration applied to the database backed up: its tag and drizzle's `created_at`. */
    migration: z.object({ tag: z.string().nullable(), createdAt: z.number().int(), applied: z.number().int() }),
    tables: z.array(tablePartSchema),
    documents: z.array(documentPartSchema),
    /** The audit trail's hash chain as found in the snapshot (a backup is taken even when it is broken). */
    auditChain: z.object({ ok: z.boolean(), events: z.number().int().nonnegative() }),
  })
  .refine((m) => new Set(m.tables.map((t) => t.name)).size === m.tables.length, {
    message: 'a table appears twice',
  })
  .refine((m) => new Set(m.documents.map((d) => d.storageKey)).size === m.documents.length, {
    message: 'a document appears twice',
  });

export type Manifest = z.infer<typeof manifestSchema>;
export type TablePart = z.infer<typeof tablePartSchema>;
export type DocumentPart = z.infer<typeof documentPartSchema>;

export const tablePart = (table: string): string => `tables/${table}.ndjson`;
export const documentPart = (storageKey: string): string => `documents/${storageKey}`;

export interface KnownMigration {
  tag: string;
  /** Drizzle's `when` in the journal, stored as `created_at` in `drizzle.__drizzle_migrations`. */
  createdAt: number;
}

/** The migrations this Bidra ships, oldest first. */
export function knownMigrations(): KnownMigration[] {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder(), 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  return journal.entries.map((e) => ({ tag: e.tag, createdAt: e.when })).sort((a, b) => a.createdAt - b.createdAt);
}

export function bidraVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}
