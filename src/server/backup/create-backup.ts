import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Clock } from '../../domain/index.js';
import { verifyAuditChain } from '../audit/audit.js';
import { queryRows, toNumber, type Database, type Tx } from '../db/client.js';
import { contentKey, LocalDiskDocumentStore } from '../documents/document-store.js';
import { ArchiveWriter, type Progress } from './archive-io.js';
import { backupErrors } from './backup-errors.js';
import { latestAppliedMigration, quoteIdent, readCatalog, type CatalogTable } from './catalog.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  bidraVersion,
  documentPart,
  knownMigrations,
  MANIFEST_PART,
  tablePart,
  type DocumentPart,
  type Manifest,
  type TablePart,
} from './manifest.js';

export interface BackupDeps {
  database: Database;
  documentsDir: string;
  clock: Clock;
}

export interface BackupSummary {
  file: string;
  archiveBytes: number;
  manifest: Manifest;
}

// Rows fetched per round trip: a large table streams through in pages, never whole in memory.
const PAGE_ROWS = 1000;

/**
 * `bidra backup FILE`: every table in one read-only REPEATABLE READ snapshot, and every stored document
 * the snapshot refers to, as one archive. The archive is written beside FILE and renamed at the end, so
 * FILE is either the previous file or a whole new backup, never half of one.
 */
export async function createBackup(deps: BackupDeps, file: string, progress: Progress): Promise<BackupSummary> {
  const target = path.resolve(file);
  const staging = await mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}.`)).catch(() => {
    throw backupErrors.targetDirectoryUnusable(path.dirname(target));
  });
  const partial = `${target}.${process.pid}.part`;
  try {
    const snapshot = await deps.database.db.transaction((tx) => dumpSnapshot(tx, staging, progress), {
      isolationLevel: 'repeatable read',
      accessMode: 'read only',
    });
    const store = new LocalDiskDocumentStore(deps.documentsDir);
    const documents = await describeDocuments(deps.documentsDir, snapshot.storageKeys);
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      bidraVersion: bidraVersion(),
      createdAt: deps.clock.now().toISOString(),
      database: deps.database.kind,
      migration: snapshot.migration,
      tables: snapshot.tables,
      documents,
      auditChain: snapshot.auditChain,
    };

    await writeArchive(partial, manifest, staging, store, progress);
    await rename(partial, target);
    return { file: target, archiveBytes: (await stat(target)).size, manifest };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}

/** The manifest first, then the staged tables, then each document read (and checked) from the store. */
async function writeArchive(
  file: string,
  manifest: Manifest,
  staging: string,
  store: LocalDiskDocumentStore,
  progress: Progress,
): Promise<void> {
  const writer = new ArchiveWriter(file, new Date(manifest.createdAt));
  try {
    await writer.addBuffer(MANIFEST_PART, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    for (const table of manifest.tables) {
      await writer.addFile(table.part, path.join(staging, table.part), table.bytes);
    }
    for (const [index, document] of manifest.documents.entries()) {
      // get() checks the bytes against the sha256 in their name: a damaged file stops the backup.
      const bytes = await store.get(document.storageKey).catch((error: unknown) => {
        throw backupErrors.documentUnreadable(document.storageKey, (error as Error).message);
      });
      if (bytes.length !== document.bytes) {
        throw backupErrors.documentUnreadable(document.storageKey, 'its size changed while the backup ran');
      }
      await writer.addBuffer(document.part, bytes);
      progress('documents', index + 1, manifest.documents.length);
    }
    await writer.finish();
  } catch (error) {
    await writer.abort(error as Error);
    throw error;
  }
}

interface Snapshot {
  migration: Manifest['migration'];
  tables: TablePart[];
  storageKeys: string[];
  auditChain: Manifest['auditChain'];
}

async function dumpSnapshot(tx: Tx, staging: string, progress: Progress): Promise<Snapshot> {
  const applied = await latestAppliedMigration(tx);
  if (!applied) throw backupErrors.notMigrated();
  const tag = knownMigrations().find((m) => m.createdAt === applied.createdAt)?.tag ?? null;
  const catalog = await readCatalog(tx);

  let total = 0;
  for (const table of catalog) total += await countRows(tx, table.name);
  let done = 0;
  progress('rows', 0, total);
  const tables: TablePart[] = [];
  for (const table of catalog) {
    tables.push(
      await dumpTable(tx, table, staging, (rows) => {
        done += rows;
        progress('rows', done, total);
      }),
    );
  }

  const storageKeys = catalog.some((t) => t.name === 'documents')
    ? (await queryRows<{ key: string }>(tx, sql`SELECT DISTINCT storage_key AS key FROM documents ORDER BY 1`)).map(
        (r) => r.key,
      )
    : [];
  const chain = await verifyAuditChain(tx);
  return {
    migration: { tag, createdAt: applied.createdAt, applied: applied.applied },
    tables,
    storageKeys,
    auditChain: { ok: chain.ok, events: chain.checked },
  };
}

async function countRows(tx: Tx, table: string): Promise<number> {
  const [row] = await queryRows<{ n: unknown }>(tx, sql.raw(`SELECT count(*) AS n FROM public.${quoteIdent(table)}`));
  return toNumber(row?.n);
}

/**
 * One table as NDJSON through a cursor: `to_jsonb` writes bigint and numeric as exact JSON numbers,
 * timestamps with their offset and microseconds, bytea as hex — nothing passes through a JS number.
 */
async function dumpTable(tx: Tx, table: CatalogTable, staging: string, onRows: (n: number) => void) {
  const part = tablePart(table.name);
  const file = path.join(staging, part);
  await mkdir(path.dirname(file), { recursive: true });
  // An alias no column can have: to_jsonb(x) would read a column called x instead of the row.
  const row = 'bidra_backup_row';
  const json = table.generated.reduce((expr, column) => `${expr} - ${literal(column)}`, `to_jsonb(${row})`);
  const order = table.primaryKey.length > 0 ? ` ORDER BY ${table.primaryKey.map(quoteIdent).join(', ')}` : '';
  await tx.execute(
    sql.raw(
      `DECLARE bidra_backup NO SCROLL CURSOR FOR SELECT (${json})::text AS line FROM public.${quoteIdent(table.name)} ${row}${order}`,
    ),
  );
  const hash = createHash('sha256');
  let bytes = 0;
  let rows = 0;
  const handle = await open(file, 'wx');
  try {
    for (;;) {
      const page = await queryRows<{ line: string }>(tx, sql.raw(`FETCH FORWARD ${PAGE_ROWS} FROM bidra_backup`));
      if (page.length === 0) break;
      const chunk = Buffer.from(page.map((r) => `${r.line}\n`).join(''), 'utf8');
      await handle.write(chunk);
      hash.update(chunk);
      bytes += chunk.length;
      rows += page.length;
      onRows(page.length);
    }
  } finally {
    await handle.close();
  }
  await tx.execute(sql.raw('CLOSE bidra_backup'));
  return { name: table.name, columns: table.columns, rows, part, bytes, sha256: hash.digest('hex') };
}

const literal = (text: string): string => `'${text.replaceAll("'", "''")}'::text`;

/** Size and digest of each document, known before the manifest (the archive's first entry) is written. */
async function describeDocuments(documentsDir: string, storageKeys: string[]): Promise<DocumentPart[]> {
  const documents: DocumentPart[] = [];
  for (const storageKey of storageKeys) {
    const sha256 = storageKey.split('/').at(-1) ?? '';
    if (contentKey(sha256) !== storageKey || !/^[0-9a-f]{64}$/.test(sha256)) {
      throw backupErrors.documentUnreadable(storageKey, 'not a key of the document store');
    }
    const size = await stat(path.join(documentsDir, ...storageKey.split('/'))).then(
      (s) => s.size,
      (error: unknown) => {
        throw backupErrors.documentUnreadable(storageKey, (error as Error).message);
      },
    );
    documents.push({ storageKey, part: documentPart(storageKey), bytes: size, sha256 });
  }
  return documents;
}
