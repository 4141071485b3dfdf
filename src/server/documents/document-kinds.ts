// The kinds of document Bidra stores, with what a person calls each (a case's timeline lists them).
import type { Localized } from '../errors.js';

export const DOCUMENT_KINDS = {
  decision_letter: { sv: 'Beslutsbrev', en: 'Decision letter' },
  attachment: { sv: 'Bilaga', en: 'Attachment' },
  press_release: { sv: 'Pressmeddelande', en: 'Press release' },
  minutes_extract: { sv: 'Protokollsutdrag', en: 'Extract from the minutes' },
  legacy_import: { sv: 'Importerad handling', en: 'Imported document' },
} as const satisfies Record<string, Localized>;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** What a person calls a stored document of this kind, or null for a kind that is not one. */
export const documentKindLabel = (kind: string): Localized | null =>
  Object.hasOwn(DOCUMENT_KINDS, kind) ? DOCUMENT_KINDS[kind as DocumentKind] : null;
