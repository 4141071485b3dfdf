/**
 * One matter, one diary number (förvaltningslagen 2017:900 § 27, offentlighets- och sekretesslagen 5 kap.):
 * a project's later matters — amendment and payment requests, reports, recovery — are documents
 * (handlingar) of the project's own case, registered under its diary number and numbered within it. A
 * child case keeps its own workflow but never a diary number of its own.
 */

/** What kind of document a case's list of documents (handlingsförteckning) holds. */
export const CASE_DOCUMENT_KINDS = [
  'application',
  'completion',
  'amendment_request',
  'payment_request',
  'progress_report',
  'final_report',
  'decision',
  'recovery',
  'attachment',
  'message',
] as const;
export type CaseDocumentKind = (typeof CASE_DOCUMENT_KINDS)[number];

export const CASE_DOCUMENT_KIND_LABELS: Readonly<Record<CaseDocumentKind, string>> = {
  application: 'Ansökan',
  completion: 'Komplettering',
  amendment_request: 'Ändringsbegäran',
  payment_request: 'Begäran om utbetalning',
  progress_report: 'Lägesrapport',
  final_report: 'Slutrapport',
  decision: 'Beslut',
  recovery: 'Återkrav',
  attachment: 'Bilaga',
  message: 'Meddelande',
};

/** Received (inkommen), sent (utgående) or drawn up and kept (upprättad). */
export const DOCUMENT_DIRECTIONS = ['in', 'out', 'internal'] as const;
export type DocumentDirection = (typeof DOCUMENT_DIRECTIONS)[number];

export const DOCUMENT_DIRECTION_LABELS: Readonly<Record<DocumentDirection, string>> = {
  in: 'Inkommen',
  out: 'Utgående',
  internal: 'Upprättad',
};

/** The swedish label of a document kind; an unknown kind (older data) is shown as it is stored. */
export const caseDocumentKindLabel = (kind: string): string =>
  (CASE_DOCUMENT_KIND_LABELS as Record<string, string>)[kind] ?? kind;

/**
 * The one diary number a case is known by: a child case (an amendment or payment request, a report, a
 * recovery) is registered in its parent, the project's case, and carries that number. A case's own number
 * is used only when it has no parent (an application, a commission) — or, for data registered before this
 * rule, when the parent has none.
 */
export function matterDiaryNumber(kase: {
  diaryNumber: string | null;
  parentDiaryNumber?: string | null | undefined;
  hasParent: boolean;
}): string | null {
  if (kase.hasParent) return kase.parentDiaryNumber ?? kase.diaryNumber ?? null;
  return kase.diaryNumber ?? null;
}

/** "REGAC - 317 - 2022, handling 7": where a document is found within its case. */
export function documentReference(diaryNumber: string, documentNumber: number | null | undefined): string {
  if (documentNumber == null) return diaryNumber;
  if (!Number.isSafeInteger(documentNumber) || documentNumber < 1) {
    throw new RangeError(`a document number is a positive integer: ${documentNumber}`);
  }
  return `${diaryNumber}, handling ${documentNumber}`;
}

/** The case a later matter's documents are registered in: its parent when it has one, else itself. */
export const registryCaseId = (kase: { id: string; parentCaseId: string | null }): string =>
  kase.parentCaseId ?? kase.id;
