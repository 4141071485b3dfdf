import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import tarStream from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/server/audit/audit.js';
import { readCatalog } from '../../src/server/backup/catalog.js';
import type { Manifest } from '../../src/server/backup/manifest.js';
import { fixedClock } from '../../src/server/clock.js';
import { openPglite, openPostgres, queryRows, toNumber, type Database } from '../../src/server/db/client.js';
import { produceDecisionLetter } from '../../src/server/documents/decision-letter/produce-decision-letter.js';
import { LocalDiskDocumentStore, sha256Hex } from '../../src/server/documents/document-store.js';
import { projectRoot } from '../../src/server/paths.js';
import { withDatabase } from '../support/global-setup.js';

// `bidra backup` and `bidra restore` as an operator runs them: real processes on temporary data
// directories. The source is the demo portfolio with the five seed documents imported and a decision
// letter produced, so the archive carries stored documents too. Each process compiles the CLI with tsx
// and a fresh embedded database is created and migrated per target: the timeouts are generous.
const root = projectRoot();
const SEED_DIR = path.join(root, 'tests', 'fixtures', 'import', 'seeds');
const seeds = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => path.join(SEED_DIR, f));
const otherDocument = path.join(root, 'tests', 'fixtures', 'import', 'press_release', 'prose_projects.txt');

let work: string;
let source: string;
/** The source as it was before the import and the letter: a database with data, but other data. */
let spare: string;
let archive: string;
let letter: { storageKey: string; sha256: string };
let sourceState: DatabaseState;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `bidra …` on a data directory; on PostgreSQL when a database URL is given, else embedded. */
async function bidra(
  args: string[],
  dataDir: string,
  databaseUrl?: string,
  env: Record<string, string> = {},
): Promise<Run> {
  const { DATABASE_URL: _ignored, BIDRA_DOCUMENTS_DIR: _default, ...rest } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    env: {
      ...rest,
      BIDRA_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...env,
    },
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

async function mustRun(args: string[], dataDir: string, databaseUrl?: string): Promise<Run> {
  const run = await bidra(args, dataDir, databaseUrl);
  if (run.code !== 0) throw new Error(`bidra ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return run;
}

interface DatabaseState {
  rows: Record<string, number>;
  /** Sums of money columns as PostgreSQL prints them: exact, whatever their size. */
  money: Record<string, string | null>;
  documents: { storageKey: string; sha256: string; kind: string }[];
}

async function stateOf(database: Database): Promise<DatabaseState> {
  const rows: Record<string, number> = {};
  for (const table of await readCatalog(database.db)) {
    const [row] = await queryRows<{ n: unknown }>(database.db, sql.raw(`SELECT count(*) AS n FROM "${table.name}"`));
    rows[table.name] = toNumber(row?.n);
  }
  const [money] = await queryRows<Record<string, string | null>>(
    database.db,
    sql`SELECT (SELECT sum(granted_ore)::text FROM projects) AS granted,
               (SELECT sum(amount_ore)::text FROM decisions) AS decided,
               (SELECT sum(offered_ore)::text FROM state_allocations) AS offered,
               (SELECT sum(budget_ore)::text FROM appropriation_years) AS budgets`,
  );
  const documents = await queryRows<{ storageKey: string; sha256: string; kind: string }>(
    database.db,
    sql`SELECT storage_key AS "storageKey", sha256, kind FROM documents ORDER BY storage_key`,
  );
  return { rows, money: money ?? {}, documents };
}

async function embeddedState(dataDir: string): Promise<DatabaseState> {
  const database = await openPglite(dataDir);
  try {
    return await stateOf(database);
  } finally {
    await database.close();
  }
}

/** The state after `n` restores of it: each restore adds its own event to the audit trail, nothing else. */
const restoredFrom = (state: DatabaseState, n = 1): DatabaseState => ({
  ...state,
  rows: { ...state.rows, audit_events: state.rows.audit_events! + n },
});

/** The action of the newest event of the audit trail of an embedded data directory. */
async function lastAuditAction(dataDir: string): Promise<string | undefined> {
  const database = await openPglite(dataDir);
  try {
    const [row] = await queryRows<{ action: string }>(
      database.db,
      sql`SELECT action FROM audit_events ORDER BY id DESC LIMIT 1`,
    );
    return row?.action;
  } finally {
    await database.close();
  }
}

/** Rewrites an archive entry by entry (`change` returns new bytes, or undefined to keep them). */
async function rewriteArchive(from: string, to: string, change: (name: string, bytes: Buffer) => Buffer | undefined) {
  const entries: { name: string; bytes: Buffer }[] = [];
  const extract = tarStream.extract();
  const reading = (async () => {
    for await (const entry of extract) {
      const parts: Buffer[] = [];
      for await (const chunk of entry) parts.push(chunk as Buffer);
      entries.push({ name: entry.header.name, bytes: Buffer.concat(parts) });
    }
  })();
  extract.end(gunzipSync(readFileSync(from)));
  await reading;
  const pack = tarStream.pack();
  const out: Buffer[] = [];
  const writing = (async () => {
    for await (const chunk of pack) out.push(chunk as Buffer);
  })();
  for (const { name, bytes } of entries) pack.entry({ name }, change(name, bytes) ?? bytes);
  pack.finalize();
  await writing;
  writeFileSync(to, gzipSync(Buffer.concat(out)));
}

async function readManifest(file: string): Promise<Manifest> {
  let manifest: Manifest | undefined;
  await rewriteArchive(file, path.join(work, 'scratch.tar.gz'), (name, bytes) => {
    if (name === 'manifest.json') manifest = JSON.parse(bytes.toString('utf8')) as Manifest;
    return undefined;
  });
  return manifest!;
}

const tableDigests = (manifest: Manifest) => Object.fromEntries(manifest.tables.map((t) => [t.name, t.sha256]));

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'bidra-cli-backup-'));
  source = path.join(work, 'source');
  spare = path.join(work, 'spare');
  archive = path.join(work, 'bidra.tar.gz');
  await mustRun(['seed', '--demo'], source);
  cpSync(source, spare, { recursive: true });
  await mustRun(['import', '--funder', '232100-0222', ...seeds], source);

  // The letter the approval of DVIS's grant would have produced, stored like any decision letter.
  const database = await openPglite(source);
  try {
    const [dvis] = await queryRows<{ id: string }>(
      database.db,
      sql`SELECT d.id FROM decisions d JOIN projects p ON p.id = d.project_id
          WHERE p.acronym = 'DVIS' AND d.kind = 'grant' AND d.approved_at IS NOT NULL`,
    );
    const store = new LocalDiskDocumentStore(path.join(source, 'documents'));
    const produced = await database.db.transaction((tx) =>
      produceDecisionLetter(tx, store, fixedClock('2026-11-24T09:00:00Z'), systemActor('test'), dvis!.id),
    );
    const [row] = await queryRows<{ storage_key: string }>(
      database.db,
      sql`SELECT storage_key FROM documents WHERE id = ${produced.documentId}`,
    );
    letter = { storageKey: row!.storage_key, sha256: produced.sha256 };
    sourceState = await stateOf(database);
  } finally {
    await database.close();
  }
  const backup = await mustRun(['backup', archive], source);
  expect(backup.stdout).toContain('backup written');
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The embedded database's own run: done in the suite's default pass, skipped in the PostgreSQL pass.
describe.skipIf(!!process.env.DATABASE_URL)(
  'bidra backup and restore on the embedded database',
  { timeout: 180_000 },
  () => {
    it('restores every table, the money, the stored letters and a verifying audit trail into a new data directory', async () => {
      const target = path.join(work, 'restored');
      const restore = await bidra(['restore', archive], target);
      expect(restore.code, restore.stderr).toBe(0);
      expect(restore.stdout).toContain('chain intact');

      const restored = await embeddedState(target);
      // Every table as it was, and the restore itself recorded at the end of the audit trail.
      expect(restored).toEqual(restoredFrom(sourceState));
      expect(await lastAuditAction(target)).toBe('backup.restored');
      expect(restored.rows.projects).toBeGreaterThan(0);
      expect(restored.money).toEqual(sourceState.money);
      expect(restored.documents).toEqual(sourceState.documents);
      expect(restored.documents.filter((d) => d.kind === 'legacy_import')).toHaveLength(5);
      const bytes = await new LocalDiskDocumentStore(path.join(target, 'documents')).get(letter.storageKey);
      expect(sha256Hex(bytes)).toBe(letter.sha256);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      expect((await bidra(['audit', 'verify'], target)).code).toBe(0);
      const [before, after] = await Promise.all([
        mustRun(['export', '--format', 'csv'], source),
        mustRun(['export', '--format', 'csv'], target),
      ]);
      expect(after.stdout).toBe(before.stdout);
      // Every column of every row came back as it was: a backup of the copy has the same table parts.
      const again = path.join(work, 'again.tar.gz');
      await mustRun(['backup', again], target);
      const { audit_events: _a, audit_head: _h, ...copied } = tableDigests(await readManifest(again));
      const { audit_events: _b, audit_head: _i, ...original } = tableDigests(await readManifest(archive));
      expect(copied).toEqual(original);

      // The restored installation keeps working: new audit events continue the chain after the restored ones.
      await mustRun(['import', '--funder', '232100-0222', otherDocument], target);
      expect((await bidra(['audit', 'verify'], target)).code).toBe(0);
    });

    it('writes no file, not even half of one, when a stored document is damaged', async () => {
      const documents = path.join(work, 'damaged-documents');
      cpSync(path.join(source, 'documents'), documents, { recursive: true });
      const damaged = path.join(documents, ...letter.storageKey.split('/'));
      chmodSync(damaged, 0o644);
      writeFileSync(damaged, 'not the letter that was approved');
      const out = path.join(work, 'damaged.tar.gz');
      const run = await bidra(['backup', out], source, undefined, { BIDRA_DOCUMENTS_DIR: documents });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `The stored document ${letter.storageKey} cannot be read or does not match its sha256`,
      );
      expect(existsSync(out)).toBe(false);
      // Neither the rows staged for the archive nor the partial archive are left behind.
      expect(readdirSync(work).filter((f) => f.startsWith('.') || f.endsWith('.part'))).toEqual([]);
    });

    it('refuses an altered or truncated archive and leaves the database as it was', async () => {
      const target = path.join(work, 'untouched');
      cpSync(spare, target, { recursive: true });
      const before = await embeddedState(target);

      const altered = path.join(work, 'altered.tar.gz');
      await rewriteArchive(archive, altered, (name, bytes) =>
        name === 'tables/projects.ndjson'
          ? Buffer.from(
              bytes.toString('utf8').replace(/"granted_ore": (\d)/, (_, d) => `"granted_ore": ${d === '9' ? 8 : 9}`),
            )
          : undefined,
      );
      const refused = await bidra(['restore', '--force', altered], target);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('är skadad eller har ändrats (tables/projects.ndjson does not match its sha256');
      expect(refused.stderr).toContain('is corrupt or has been altered');

      const truncated = path.join(work, 'truncated.tar.gz');
      const whole = readFileSync(archive);
      writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
      const cut = await bidra(['restore', '--force', truncated], target);
      expect(cut.code).toBe(1);
      expect(cut.stderr).toContain('Nothing was restored; the database is untouched.');

      expect(await embeddedState(target)).toEqual(before);
    });

    it('refuses an archive from a newer schema than this Bidra knows', async () => {
      const newer = path.join(work, 'newer.tar.gz');
      await rewriteArchive(archive, newer, (name, bytes) => {
        if (name !== 'manifest.json') return undefined;
        const manifest = JSON.parse(bytes.toString('utf8')) as Manifest;
        manifest.migration = { tag: '9999_from_the_future', createdAt: manifest.migration.createdAt + 1, applied: 99 };
        return Buffer.from(JSON.stringify(manifest));
      });
      const target = path.join(work, 'never-created');
      const refused = await bidra(['restore', newer], target);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('migreringen 9999_from_the_future');
      expect(refused.stderr).toContain('which this version of Bidra does not have');
      // Refused before any database was opened, so none was created either.
      expect(existsSync(target)).toBe(false);
    });

    it('refuses to restore over data without --force, and with --force replaces it', async () => {
      const target = path.join(work, 'replaced');
      cpSync(spare, target, { recursive: true });
      await mustRun(['import', '--funder', '232100-0222', otherDocument], target);
      const before = await embeddedState(target);
      const extra = sha256Hex(readFileSync(otherDocument));
      expect(before.documents.map((d) => d.sha256)).toContain(extra);

      const refused = await bidra(['restore', archive], target);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('Databasen innehåller redan data');
      expect(refused.stderr).toContain('Pass --force to replace all of it with the backup.');
      expect(await embeddedState(target)).toEqual(before);

      const forced = await bidra(['restore', '--force', archive], target);
      expect(forced.code, forced.stderr).toBe(0);
      expect(forced.stdout).toContain('(--force)');
      const after = await embeddedState(target);
      expect(after).toEqual(restoredFrom(sourceState));
      expect(after.documents.map((d) => d.sha256)).not.toContain(extra);
      expect((await bidra(['audit', 'verify'], target)).code).toBe(0);
    });
  },
);

describe.skipIf(!process.env.DATABASE_URL)('bidra backup and restore across databases', { timeout: 180_000 }, () => {
  it('restores the embedded backup into a new PostgreSQL database, and a PostgreSQL backup back into PGlite', async () => {
    const url = process.env.DATABASE_URL!;
    const name = `bidra_t_backup_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const databaseUrl = withDatabase(url, name);
    const dataDir = path.join(work, 'postgres-documents');
    try {
      const restore = await bidra(['restore', archive], dataDir, databaseUrl);
      expect(restore.code, restore.stderr).toBe(0);
      expect((await bidra(['audit', 'verify'], dataDir, databaseUrl)).code).toBe(0);
      const database = openPostgres(databaseUrl, { max: 1 });
      try {
        expect(await stateOf(database)).toEqual(restoredFrom(sourceState));
      } finally {
        await database.close();
      }
      const bytes = await new LocalDiskDocumentStore(path.join(dataDir, 'documents')).get(letter.storageKey);
      expect(sha256Hex(bytes)).toBe(letter.sha256);

      const fromPostgres = path.join(work, 'from-postgres.tar.gz');
      await mustRun(['backup', fromPostgres], dataDir, databaseUrl);
      const embedded = path.join(work, 'embedded-again');
      await mustRun(['restore', fromPostgres], embedded);
      expect(await embeddedState(embedded)).toEqual(restoredFrom(sourceState, 2));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
