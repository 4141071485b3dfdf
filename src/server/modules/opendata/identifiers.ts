/**
 * Identifiers in open data. Organisations with a Swedish organisation number use the org-id.guide scheme
 * SE-BLV (Bolagsverket), e.g. `SE-BLV-2321000222`. A grant's identifier is the funder's 360Giving prefix
 * (`360G-` and the funder's own organisation identifier, so it stays the same for as long as the funder
 * exists) and the grant's diary number, which the funder registered once and never changes:
 * `360G-SE-BLV-2321000222-REGAC-317-2022`.
 */

interface Identifiable {
  id: string;
  orgNumber: string | null;
}

/** The org-id.guide identifier; an organisation without a number gets one under the funder's prefix. */
export function organizationIdentifier(org: Identifiable, funderPrefix: string): string {
  return org.orgNumber ? `SE-BLV-${org.orgNumber.replace('-', '')}` : `${funderPrefix}-ORG-${org.id}`;
}

/** `360G-` + the funder's organisation identifier. */
export function funderPrefix(funder: Identifiable): string {
  return funder.orgNumber ? `360G-SE-BLV-${funder.orgNumber.replace('-', '')}` : `360G-BIDRA-${funder.id}`;
}

/**
 * The local part of a grant identifier: the diary number without spaces ("REGAC - 317 - 2022" →
 * "REGAC-317-2022", "RUN 2023/145" → "RUN-2023-145"); the grant decision's id when there is none.
 */
export function grantLocalId(diaryNumber: string | null, grantDecisionId: string): string {
  const local = (diaryNumber ?? '')
    .trim()
    .replace(/[\s/]*[-/][\s/]*|\s+/g, '-')
    .replace(/[^\p{L}\p{N}.:-]/gu, '');
  return local === '' ? grantDecisionId : local;
}

/** The grant's identifier in every export (360Giving `id`, the Art. 49 operation code). */
export function grantIdentifier(g: {
  funder: Identifiable;
  diaryNumber: string | null;
  grantDecisionId: string;
}): string {
  return `${funderPrefix(g.funder)}-${grantLocalId(g.diaryNumber, g.grantDecisionId)}`;
}
