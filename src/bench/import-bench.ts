import { performance } from 'node:perf_hooks';
import { extractDocument } from '../import/extract-document.js';
import { GENRE_EXTRACTORS } from '../import/genres/index.js';
import { normaliseText } from '../import/text.js';
import { generateLegacyDocuments } from './legacy-documents.js';

export interface ImportBenchResult {
  documents: number;
  seconds: number;
  documentsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** The floor: only reading the text (normalisation), no extraction. */
  floorSeconds: number;
  /** How many times the floor the whole extraction takes. */
  ratioToFloor: number;
  genres: Record<string, number>;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;

/**
 * Legacy documents imported per second (docs/scaling.md): `count` synthetic documents of the five genres
 * through the same extraction `bidra import --dry-run` runs, after a short warm-up.
 */
export function benchImport(count: number, onProgress?: (done: number) => void): ImportBenchResult {
  const documents = generateLegacyDocuments(count);
  for (const d of documents.slice(0, Math.min(50, count))) extractDocument(d.name, d.text, GENRE_EXTRACTORS);

  const floorStart = performance.now();
  for (const d of documents) normaliseText(d.text);
  const floorSeconds = (performance.now() - floorStart) / 1000;

  const times: number[] = [];
  const genres: Record<string, number> = {};
  const start = performance.now();
  for (const [i, d] of documents.entries()) {
    const t0 = performance.now();
    const extraction = extractDocument(d.name, d.text, GENRE_EXTRACTORS);
    times.push(performance.now() - t0);
    genres[extraction.genre] = (genres[extraction.genre] ?? 0) + 1;
    if (onProgress && (i + 1) % 50 === 0) onProgress(i + 1);
  }
  const seconds = (performance.now() - start) / 1000;
  onProgress?.(count);
  times.sort((a, b) => a - b);
  return {
    documents: count,
    seconds: round(seconds),
    documentsPerSecond: round(count / seconds, 1),
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    floorSeconds: round(floorSeconds),
    ratioToFloor: round(seconds / Math.max(floorSeconds, 1e-6), 1),
    genres,
  };
}
