import type { Genre, GenreExtraction } from '../contract.js';
import type { DocumentText } from '../text.js';

/**
 * One genre of legacy document. `score` says how much the text looks like the genre (0..1, from the
 * phrases the genre always uses); the dispatcher picks the best and reports its score as confidence.
 * `extract` reads the values; anything the text does not state stays null.
 */
export interface GenreExtractor {
  genre: Exclude<Genre, 'unknown'>;
  score(doc: DocumentText): number;
  extract(doc: DocumentText): GenreExtraction;
}
