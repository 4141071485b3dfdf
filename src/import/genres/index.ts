import type { GenreExtractor } from './genre.js';

/** Every genre the importer knows (SPEC §6), in no particular order: the dispatcher scores them all. */
export const GENRE_EXTRACTORS: readonly GenreExtractor[] = [];
