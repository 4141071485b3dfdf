import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Where a stored document's bytes went, and the digest that identifies them. */
export interface StoredBytes {
  storageKey: string;
  sha256: string;
  sizeBytes: number;
}

/**
 * Where document bytes live. Keys are opaque to callers (a local path today, an S3 object key
 * tomorrow); the database keeps the key and the sha256, and `get` must hand back exactly those bytes.
 */
export interface DocumentStore {
  put(bytes: Buffer): Promise<StoredBytes>;
  /** The bytes stored under the key; throws `DocumentIntegrityError` if they no longer match it. */
  get(storageKey: string): Promise<Buffer>;
}

/** The stored bytes are not the ones that were put: the file was altered, truncated or is corrupt. */
export class DocumentIntegrityError extends Error {
  constructor(
    readonly storageKey: string,
    readonly expectedSha256: string,
    readonly actualSha256: string,
  ) {
    super(
      `Stored document ${storageKey} is corrupt or has been tampered with: ` +
        `expected sha256 ${expectedSha256}, found ${actualSha256}`,
    );
    this.name = 'DocumentIntegrityError';
  }
}

export class DocumentNotFoundError extends Error {
  constructor(readonly storageKey: string) {
    super(`No stored document under ${storageKey}`);
    this.name = 'DocumentNotFoundError';
  }
}

export const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

// Two levels of fan-out keep directories small (65 536 buckets) however many letters accumulate.
const KEY_PATTERN = /^([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** The content address of some bytes: `ab/cd/abcd…` from their sha256. */
export const contentKey = (sha256: string): string => `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;

/** The sha256 a key promises, or null when the key is not one this store could have issued. */
function shaOfKey(storageKey: string): string | null {
  const m = KEY_PATTERN.exec(storageKey);
  return m && m[3]!.startsWith(m[1]! + m[2]!) ? m[3]! : null;
}

const isNotFound = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/**
 * Content-addressed files under `baseDir/ab/cd/<sha256>`. The key is derived from the bytes, so putting
 * the same letter twice stores it once, and every read can be checked against its own name.
 */
export class LocalDiskDocumentStore implements DocumentStore {
  constructor(private readonly baseDir: string) {}

  async put(bytes: Buffer): Promise<StoredBytes> {
    const sha256 = sha256Hex(bytes);
    const storageKey = contentKey(sha256);
    const result = { storageKey, sha256, sizeBytes: bytes.length };
    const file = this.fileOf(storageKey);
    // Already there and intact: nothing to do. A damaged copy falls through and is replaced below.
    const existing = await this.readIfPresent(file);
    if (existing && sha256Hex(existing) === sha256) return result;

    await mkdir(path.dirname(file), { recursive: true });
    // Write beside the target, flush, then rename: a reader (or a crash) sees the old state or the
    // whole new file, never a half-written letter.
    const temp = `${file}.${randomBytes(8).toString('hex')}.tmp`;
    try {
      const handle = await open(temp, 'wx', 0o444);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return result;
  }

  async get(storageKey: string): Promise<Buffer> {
    const expected = shaOfKey(storageKey);
    if (!expected) throw new Error(`Not a storage key of this document store: ${JSON.stringify(storageKey)}`);
    const bytes = await this.readIfPresent(this.fileOf(storageKey));
    if (!bytes) throw new DocumentNotFoundError(storageKey);
    const actual = sha256Hex(bytes);
    if (actual !== expected) throw new DocumentIntegrityError(storageKey, expected, actual);
    return bytes;
  }

  private fileOf(storageKey: string): string {
    return path.join(this.baseDir, ...storageKey.split('/'));
  }

  private async readIfPresent(file: string): Promise<Buffer | null> {
    try {
      return await readFile(file);
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }
}
