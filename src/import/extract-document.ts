import { emptyDecision, type Extraction } from './contract.js';
import type { GenreExtractor } from './genres/genre.js';
import { normaliseText } from './text.js';

/** Below this score no genre is claimed: the document is "unknown" and nothing is extracted. */
export const MIN_CONFIDENCE = 0.35;

/**
 * Reads one document's text into the extraction (docs/domain/import.md, "The extraction"): normalises it, lets every
 * genre score it, and has the best one extract the values. Pure; the CLI and the web upload call it alike.
 */
export function extractDocument(file: string, raw: string, genres: readonly GenreExtractor[]): Extraction {
  const doc = normaliseText(raw);
  const scored = genres
    .map((g) => ({ g, score: Math.max(0, Math.min(1, g.score(doc))) }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score < MIN_CONFIDENCE) {
    return {
      file,
      genre: 'unknown',
      confidence: best ? round2(1 - best.score) : 1,
      decision: emptyDecision(),
      projects: [],
      recipients: [],
      allocation: null,
      headlineTotalSek: null,
      warnings: [],
    };
  }
  return { file, genre: best.g.genre, confidence: round2(best.score), ...best.g.extract(doc) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
