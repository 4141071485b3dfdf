import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.js';
import { forEachEntry, ndjsonLines, readAll, tap, type ArchiveEntry, type Progress } from './archive-io.js';
import { backupErrors } from './backup-errors.js';
import {
  BACKUP_FORMAT_VERSION,
  knownMigrations,
  MANIFEST_PART,
  manifestSchema,
  tablePart,
  type Manifest,
} from './manifest.js';

/** An archive whose every part matched the manifest when it was read through once. */
export interface VerifiedArchive {
  file: string;
  archiveBytes: number;
  manifest: Manifest;
  manifestSha256: string;
}

const MANIFEST_LIMIT = 256 * 1024 * 1024;

/**
 * Reads the whole archive once, before anything is changed: the manifest must be first and valid, of a
 * format and schema this Bidra knows, and every part must be there exactly once with the size, sha256
 * and row count the manifest gives; every document the `documents` table names must be in the archive.
 */
export async function verifyArchive(file: string, progress: Progress): Promise<VerifiedArchive> {
  const resolved = path.resolve(file);
  const archiveBytes = await stat(resolved).then(
    (s) => s.size,
    () => {
      throw backupErrors.archiveMissing(resolved);
    },
  );
  const corrupt = (reason: string) => backupErrors.archiveCorrupt(resolved, reason);

  let manifest: Manifest | null = null;
  let manifestSha256 = '';
  const expected = new Map<string, { sha256: string; bytes: number; rows: number | null }>();
  const seen = new Set<string>();
  const referencedKeys = new Set<string>();
  let read = 0;
  try {
    await forEachEntry(
      resolved,
      async (entry) => {
        if (!manifest) {
          if (entry.name !== MANIFEST_PART) throw corrupt(`the first part is ${entry.name}, not ${MANIFEST_PART}`);
          const bytes = await readAll(entry.chunks, MANIFEST_LIMIT);
          manifestSha256 = createHash('sha256').update(bytes).digest('hex');
          manifest = parseManifest(bytes, corrupt);
          for (const t of manifest.tables) expected.set(t.part, { sha256: t.sha256, bytes: t.bytes, rows: t.rows });
          for (const d of manifest.documents) expected.set(d.part, { sha256: d.sha256, bytes: d.bytes, rows: null });
          return;
        }
        const part = expected.get(entry.name);
        if (!part || !entry.isFile) throw corrupt(`unexpected part ${entry.name}`);
        if (seen.has(entry.name)) throw corrupt(`${entry.name} appears twice`);
        seen.add(entry.name);
        const found = await digest(entry, entry.name === tablePart('documents') ? referencedKeys : null);
        if (found.bytes !== part.bytes || found.sha256 !== part.sha256) {
          throw corrupt(`${entry.name} does not match its sha256 in the manifest`);
        }
        if (part.rows !== null && found.rows !== part.rows) {
          throw corrupt(`${entry.name} has ${found.rows} rows, the manifest says ${part.rows}`);
        }
      },
      (bytes) => {
        read += bytes;
        progress('verify', read, archiveBytes);
      },
    );
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw corrupt((error as Error).message);
  }
  const complete = manifest as Manifest | null;
  if (!complete) throw corrupt('there is no manifest');
  const missing = [...expected.keys()].filter((name) => !seen.has(name));
  if (missing.length > 0) throw corrupt(`missing parts: ${missing.slice(0, 5).join(', ')}`);
  const stored = new Set(complete.documents.map((d) => d.storageKey));
  const absent = [...referencedKeys].filter((key) => !stored.has(key));
  if (absent.length > 0) throw corrupt(`documents named by the data are missing: ${absent.slice(0, 5).join(', ')}`);
  return { file: resolved, archiveBytes, manifest: complete, manifestSha256 };
}

function parseManifest(bytes: Buffer, corrupt: (reason: string) => AppError): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw corrupt('the manifest is not JSON');
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) throw backupErrors.archiveNewerFormat(version);
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw corrupt(`the manifest is not valid: ${issue?.path.join('.')} ${issue?.message}`);
  }
  const { migration } = parsed.data;
  const known = knownMigrations();
  if (!known.some((m) => m.createdAt === migration.createdAt)) {
    throw backupErrors.archiveNewerSchema(migration.tag ?? String(migration.createdAt));
  }
  return parsed.data;
}

/** Size, sha256 and line count of a part; for the `documents` table also the storage keys it names. */
async function digest(entry: ArchiveEntry, storageKeys: Set<string> | null) {
  const hash = createHash('sha256');
  let bytes = 0;
  let rows = 0;
  const chunks = tap(entry.chunks, (chunk) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  if (storageKeys) {
    for await (const line of ndjsonLines(chunks)) {
      rows++;
      const key = (JSON.parse(line) as { storage_key?: unknown }).storage_key;
      if (typeof key === 'string') storageKeys.add(key);
    }
  } else {
    for await (const chunk of chunks) rows += countNewlines(chunk);
  }
  return { bytes, rows, sha256: hash.digest('hex') };
}

function countNewlines(chunk: Buffer): number {
  let n = 0;
  for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) n++;
  return n;
}
