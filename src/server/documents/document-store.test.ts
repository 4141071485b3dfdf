import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DocumentIntegrityError,
  DocumentNotFoundError,
  LocalDiskDocumentStore,
  sha256Hex,
  type DocumentStore,
} from './document-store.js';

let baseDir: string;
let store: DocumentStore;
beforeAll(async () => {
  baseDir = await mkdtemp(path.join(tmpdir(), 'bidra-documents-'));
  store = new LocalDiskDocumentStore(baseDir);
});
afterAll(() => rm(baseDir, { recursive: true, force: true }));

const letter = (text: string) => Buffer.from(`%PDF-1.3\n${text}\n%%EOF\n`);

describe('the local disk document store', () => {
  it('gives back exactly the bytes it was given, filed under their sha256', async () => {
    const bytes = letter('Beslut om stöd – Region Västerbotten');
    const stored = await store.put(bytes);
    const sha = sha256Hex(bytes);
    expect(stored).toEqual({
      storageKey: `${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`,
      sha256: sha,
      sizeBytes: bytes.length,
    });
    expect(await readdir(path.join(baseDir, sha.slice(0, 2), sha.slice(2, 4)))).toEqual([sha]);
    expect((await store.get(stored.storageKey)).equals(bytes)).toBe(true);
  });

  it('stores the same bytes once, however often they are put, and leaves no temporary files', async () => {
    const bytes = letter('samma brev');
    const [a, b, c] = await Promise.all([store.put(bytes), store.put(bytes), store.put(Buffer.from(bytes))]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    const dir = path.dirname(path.join(baseDir, a.storageKey));
    expect(await readdir(dir)).toEqual([a.sha256]);
  });

  it('refuses to hand out a file that was altered after it was stored', async () => {
    const stored = await store.put(letter('5 505 389 kr'));
    const file = path.join(baseDir, stored.storageKey);
    await chmod(file, 0o644); // stored letters are read-only; a tamperer has to work for it
    await writeFile(file, letter('9 505 389 kr'));
    const error: unknown = await store.get(stored.storageKey).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentIntegrityError);
    expect((error as Error).message).toMatch(/corrupt or has been tampered with: expected sha256 [0-9a-f]{64}, found/);
  });

  it('repairs a damaged copy when the same bytes are put again', async () => {
    const bytes = letter('reparera mig');
    const stored = await store.put(bytes);
    const file = path.join(baseDir, stored.storageKey);
    await chmod(file, 0o644);
    await writeFile(file, 'trunc');
    await store.put(bytes);
    expect((await store.get(stored.storageKey)).equals(bytes)).toBe(true);
  });

  it('says plainly when nothing is stored under a key', async () => {
    const missing = 'ab/cd/abcd' + '0'.repeat(60);
    await expect(store.get(missing)).rejects.toBeInstanceOf(DocumentNotFoundError);
  });

  it.each(['../../etc/passwd', 'ab/cd/' + 'f'.repeat(64), 'ab/cd/abcd', '', 'AB/CD/ABCD' + '0'.repeat(60)])(
    'refuses the key %j, which it could not have issued',
    async (key) => {
      await expect(store.get(key)).rejects.toThrow(/Not a storage key/);
    },
  );
});
