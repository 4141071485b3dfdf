/**
 * Identifiers in open data, by the org-id.guide register's lists. A Swedish organisation number's first
 * digit (its group) says who registered it: companies, partnerships, economic associations and foreign
 * branches (groups 3, 5, 7, 9) are in Bolagsverket's register, list SE-BLV (`SE-BLV-5560160680`); the
 * state, regions and municipalities (group 2) — most of a region's beneficiaries and the funder itself —
 * are not in Bolagsverket's register at all, nor are non-profit associations and foundations (group 8):
 * they use the list of all organisation numbers, SE-ON, written as the register writes them
 * (`SE-ON-232100-0222`). A grant's identifier is the funder's 360Giving prefix (`360G-` and the funder's
 * own organisation identifier, so it stays the same for as long as the funder exists) and the grant's
 * diary number, which the funder registered once and never changes: `360G-SE-ON-232100-0222-REGAC-317-2022`.
 */

/** The org-id.guide identifier of a Swedish organisation number ("232100-0222" → "SE-ON-232100-0222"). */
export function orgIdOfNumber(orgNumber: string): string {
  const digits = orgNumber.replace(/\D/g, '');
  return ['3', '5', '7', '9'].includes(digits.charAt(0))
    ? `SE-BLV-${digits}`
    : `SE-ON-${digits.slice(0, 6)}-${digits.slice(6)}`;
}

interface Identifiable {
  id: string;
  orgNumber: string | null;
}

/** The org-id.guide identifier; an organisation without a number gets one under the funder's prefix. */
export function organizationIdentifier(org: Identifiable, funderPrefix: string): string {
  return org.orgNumber ? orgIdOfNumber(org.orgNumber) : `${funderPrefix}-ORG-${org.id}`;
}

/** `360G-` + the funder's organisation identifier. */
export function funderPrefix(funder: Identifiable): string {
  return funder.orgNumber ? `360G-${orgIdOfNumber(funder.orgNumber)}` : `360G-BIDRA-${funder.id}`;
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
