import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tarStream from 'tar-stream';

/** The phases a backup or restore reports progress in; `done` and `total` count rows, documents or bytes. */
export type ProgressPhase = 'rows' | 'documents' | 'verify' | 'load';
export type Progress = (phase: ProgressPhase, done: number, total: number) => void;

/** Writes a gzip'd tar to `file` (which must not exist), entry by entry, with backpressure all the way. */
export class ArchiveWriter {
  private readonly pack = tarStream.pack();
  private readonly written: Promise<void>;

  constructor(
    private readonly file: string,
    private readonly mtime: Date,
  ) {
    this.written = pipeline(this.pack, createGzip(), createWriteStream(file, { flags: 'wx' }));
    // Failures surface through add*/finish; this keeps an early one from going unhandled meanwhile.
    this.written.catch(() => undefined);
  }

  addBuffer(name: string, bytes: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pack.entry({ name, size: bytes.length, mode: 0o644, mtime: this.mtime }, bytes, (error) =>
        error ? reject(error) : resolve(),
      );
    });
  }

  addFile(name: string, source: string, size: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const sink = this.pack.entry({ name, size, mode: 0o644, mtime: this.mtime }, (error) =>
        error ? reject(error) : resolve(),
      );
      // A read failure destroys the entry, which ends the archive too and calls back above with the error.
      void (async () => {
        for await (const chunk of createReadStream(source)) {
          if (!sink.write(chunk as Buffer)) await once(sink, 'drain');
        }
        sink.end(undefined);
      })().catch((error: unknown) => sink.destroy(error as Error));
    });
  }

  /** Ends the archive and flushes it to disk. */
  async finish(): Promise<void> {
    this.pack.finalize();
    await this.written;
    const handle = await open(this.file, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Stops writing after a failure; the caller removes the file. */
  async abort(error: Error): Promise<void> {
    this.pack.destroy(error);
    await this.written.catch(() => undefined);
  }
}

export interface ArchiveEntry {
  name: string;
  size: number;
  isFile: boolean;
  chunks: AsyncIterable<Buffer>;
}

/**
 * Visits each entry of a gzip'd tar in order; `visit` must read the entry's chunks before returning.
 * `onCompressedBytes` counts the file as it is read, for a progress bar.
 */
export async function forEachEntry(
  file: string,
  visit: (entry: ArchiveEntry) => Promise<void>,
  onCompressedBytes: (bytes: number) => void = () => undefined,
): Promise<void> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  const extract = tarStream.extract();
  source.on('error', (error) => extract.destroy(error));
  gunzip.on('error', (error) => extract.destroy(error));
  source.on('data', (chunk) => onCompressedBytes(chunk.length));
  source.pipe(gunzip).pipe(extract);
  try {
    for await (const entry of extract) {
      await visit({
        name: entry.header.name,
        size: entry.header.size,
        isFile: entry.header.type === 'file',
        chunks: entry as AsyncIterable<Buffer>,
      });
    }
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

/** Splits a stream of NDJSON bytes into lines (without the newline); a line never holds a raw newline. */
export async function* ndjsonLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    let buffer = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    let newline = buffer.indexOf(0x0a);
    while (newline !== -1) {
      yield buffer.toString('utf8', 0, newline);
      buffer = buffer.subarray(newline + 1);
      newline = buffer.indexOf(0x0a);
    }
    rest = buffer;
  }
  if (rest.length > 0) throw new Error('the last line has no newline (the part was cut short)');
}

/** Passes chunks through while feeding them to `observe` (a hash, a byte count). */
export async function* tap(chunks: AsyncIterable<Buffer>, observe: (chunk: Buffer) => void): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    observe(chunk);
    yield chunk;
  }
}

export async function readAll(chunks: AsyncIterable<Buffer>, limit: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > limit) throw new Error(`a part is larger than ${limit} bytes`);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
