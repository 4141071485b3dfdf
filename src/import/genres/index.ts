import { amendmentDecision } from './amendment-decision.js';
import { closure } from './closure.js';
import type { GenreExtractor } from './genre.js';
import { grantDecision } from './grant-decision.js';
import { pressRelease } from './press-release.js';
import { stateAllocation } from './state-allocation.js';

/**
 * Every genre the importer knows (docs/domain/import.md, "The five genres"), in no particular order: the dispatcher
 * scores them all.
 */
export const GENRE_EXTRACTORS: readonly GenreExtractor[] = [
  stateAllocation,
  closure,
  pressRelease,
  grantDecision,
  amendmentDecision,
];
