import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { appendAudit, systemActor, verifyAuditChain } from '../audit/audit.js';
import { systemClock } from '../clock.js';
import { queryRows, type Database, type Tx } from '../db/client.js';
import { LocalDiskDocumentStore, sha256Hex, type DocumentStore } from '../documents/document-store.js';
import { AppError } from '../errors.js';
import { forEachEntry, ndjsonLines, readAll, tap, type ArchiveEntry, type Progress } from './archive-io.js';
import { backupErrors } from './backup-errors.js';
import { quoteIdent, readCatalog, type CatalogTable } from './catalog.js';
import type { Manifest, TablePart } from './manifest.js';
import type { VerifiedArchive } from './verify-archive.js';

export interface RestoreDeps {
  /** Migrated to this Bidra's schema already. */
  database: Database;
  documentsDir: string;
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  documents: number;
  documentBytes: number;
  auditEvents: number;
  /** Tables that held data before and were replaced (only with `force`). */
  replaced: string[];
}

// Rows per INSERT: few round trips, and a batch of JSON text stays a few megabytes at most.
const BATCH_ROWS = 1000;
const BATCH_BYTES = 4 * 1024 * 1024;
const DOCUMENT_LIMIT = 2 * 1024 * 1024 * 1024;

/**
 * `bidra restore FILE` after `verifyArchive`: all tables in one transaction, so a failure anywhere
 * leaves the database as it was. Triggers are off for the load only (`session_replication_role =
 * replica`, local to the transaction): approved decisions are immutable to the application, but a
 * restore must write them as they were, and foreign keys hold because the rows come from one snapshot.
 * Documents go into the store before the commit; an unreferenced blob left by a rollback is harmless.
 */
export async function restoreBackup(
  deps: RestoreDeps,
  archive: VerifiedArchive,
  options: { force: boolean },
  progress: Progress,
): Promise<RestoreSummary> {
  const store = new LocalDiskDocumentStore(deps.documentsDir);
  try {
    return await deps.database.db.transaction(async (tx) => {
      await switchOffTriggers(tx);
      const catalog = await readCatalog(tx);
      assertFits(archive.manifest, catalog);
      const all = catalog.map((t) => `public.${quoteIdent(t.name)}`).join(', ');
      // Nobody else writes while the check and the load run (PostgreSQL with a server still up).
      await tx.execute(sql.raw(`LOCK TABLE ${all} IN ACCESS EXCLUSIVE MODE`));
      const replaced = await tablesWithRows(tx, catalog);
      if (replaced.length > 0) {
        if (!options.force) throw backupErrors.targetNotEmpty(replaced);
        await tx.execute(sql.raw(`TRUNCATE TABLE ${all}`));
      }
      const loaded = await loadArchive(tx, archive, store, progress);
      await resetSequences(tx, catalog);
      const chain = await verifyAuditChain(tx);
      if (!chain.ok) throw backupErrors.auditChainBroken(chain.firstBad?.eventId ?? null, chain.firstBad?.reason ?? '');
      const summary = { tables: archive.manifest.tables.length, ...loaded, auditEvents: chain.checked, replaced };
      // The restore itself is a change of all data: recorded at the end of the chain it restored.
      await appendAudit(tx, systemClock, systemActor('bidra restore'), {
        action: 'backup.restored',
        entityType: 'backup',
        entityId: archive.manifestSha256,
        after: {
          takenAt: archive.manifest.createdAt,
          bidraVersion: archive.manifest.bidraVersion,
          tables: summary.tables,
          rows: summary.rows,
          documents: summary.documents,
          replacedTables: replaced.length,
        },
      });
      return summary;
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = messageOf(error);
    throw new AppError('backup.restore_failed', 500, {
      sv: `Återställningen misslyckades och rullades tillbaka; databasen är som förut (${reason}).`,
      en: `The restore failed and was rolled back; the database is as it was (${reason}).`,
    });
  }
}

async function switchOffTriggers(tx: Tx): Promise<void> {
  try {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
  } catch (error) {
    if (sqlState(error) === '42501') throw backupErrors.replicationRoleDenied();
    throw error;
  }
}

function assertFits(manifest: Manifest, catalog: CatalogTable[]): void {
  const here = new Map(catalog.map((t) => [t.name, t]));
  const problems: string[] = [];
  for (const table of manifest.tables) {
    const target = here.get(table.name);
    if (!target) problems.push(`${table.name} (no such table)`);
    else {
      const unknown = table.columns.filter((c) => !target.columns.includes(c));
      if (unknown.length > 0) problems.push(`${table.name}: ${unknown.join(', ')} (no such column)`);
    }
  }
  if (problems.length > 0) throw backupErrors.schemaMismatch(problems);
}

async function tablesWithRows(tx: Tx, catalog: CatalogTable[]): Promise<string[]> {
  const holding: string[] = [];
  for (const table of catalog) {
    const [row] = await queryRows<{ any: boolean }>(
      tx,
      sql.raw(`SELECT EXISTS (SELECT 1 FROM public.${quoteIdent(table.name)}) AS "any"`),
    );
    if (row?.any) holding.push(table.name);
  }
  return holding;
}

/** The second read of the archive: every part is hashed again, so a file changed since the check fails. */
async function loadArchive(tx: Tx, archive: VerifiedArchive, store: DocumentStore, progress: Progress) {
  const tables = new Map(archive.manifest.tables.map((t) => [t.part, t]));
  const documents = new Map(archive.manifest.documents.map((d) => [d.part, d]));
  const totalRows = archive.manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  const changed = (part: string) => backupErrors.archiveCorrupt(archive.file, `${part} changed after it was checked`);
  const loaded = { rows: 0, documents: 0, documentBytes: 0 };
  let first = true;
  await forEachEntry(archive.file, async (entry) => {
    if (first) {
      first = false;
      const manifest = await readAll(entry.chunks, Number.MAX_SAFE_INTEGER);
      if (sha256Hex(manifest) !== archive.manifestSha256) throw changed(entry.name);
      return;
    }
    const table = tables.get(entry.name);
    if (table) {
      const found = await loadTable(tx, table, entry, (rows) => {
        loaded.rows += rows;
        progress('load', loaded.rows, totalRows);
      });
      if (found.sha256 !== table.sha256 || found.rows !== table.rows) throw changed(entry.name);
      return;
    }
    const document = documents.get(entry.name);
    if (!document) throw changed(entry.name);
    const bytes = await readAll(entry.chunks, DOCUMENT_LIMIT);
    if (sha256Hex(bytes) !== document.sha256) throw changed(entry.name);
    await store.put(bytes);
    loaded.documents++;
    loaded.documentBytes += bytes.length;
    progress('documents', loaded.documents, documents.size);
  });
  return loaded;
}

/**
 * One table's NDJSON in batches. `jsonb_populate_recordset` turns each JSON value back into its column's
 * type inside PostgreSQL (bigint from its digits, timestamptz from its ISO text): no JS number on the way.
 */
async function loadTable(tx: Tx, table: TablePart, entry: ArchiveEntry, onRows: (rows: number) => void) {
  const target = sql.raw(`public.${quoteIdent(table.name)}`);
  const columns = sql.raw(table.columns.map(quoteIdent).join(', '));
  const hash = createHash('sha256');
  let rows = 0;
  let batch: string[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await tx.execute(
      sql`INSERT INTO ${target} (${columns}) OVERRIDING SYSTEM VALUE
          SELECT ${columns} FROM jsonb_populate_recordset(NULL::${target}, ${`[${batch.join(',')}]`}::jsonb)`,
    );
    rows += batch.length;
    onRows(batch.length);
    batch = [];
    batchBytes = 0;
  };
  for await (const line of ndjsonLines(tap(entry.chunks, (chunk) => hash.update(chunk)))) {
    batch.push(line);
    batchBytes += line.length;
    if (batch.length >= BATCH_ROWS || batchBytes >= BATCH_BYTES) await flush();
  }
  await flush();
  return { rows, sha256: hash.digest('hex') };
}

/** Identity and serial columns continue after the highest restored value. */
async function resetSequences(tx: Tx, catalog: CatalogTable[]): Promise<void> {
  for (const table of catalog) {
    const name = `public.${quoteIdent(table.name)}`;
    for (const column of table.sequenced) {
      const c = quoteIdent(column);
      await tx.execute(
        sql`SELECT setval(pg_get_serial_sequence(${name}, ${column}), COALESCE(max(${sql.raw(c)}), 1), max(${sql.raw(c)}) IS NOT NULL) FROM ${sql.raw(name)}`,
      );
    }
  }
}

/** The SQLSTATE of a database error, also when the driver wrapped it. */
function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.cause?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

function messageOf(error: unknown): string {
  const e = error as { message?: string; cause?: { message?: string } } | null;
  return e?.cause?.message ?? e?.message ?? String(error);
}
