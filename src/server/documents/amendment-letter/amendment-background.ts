// The "Bakgrund" of an amendment letter in seed 001's words: when the beneficiary asked, what for, and why.
// Pure and built from the request's typed values, so the letter repeats the request instead of paraphrasing.
import type { LocalDate } from '../../../domain/index.js';
import { joinSwedishList, longDateInProse, swedishMonths } from '../decision-letter/swedish-text.js';

export interface RequestSummary {
  /** The day the request came in (inkom). */
  receivedOn: LocalDate | null;
  /** The period end in force and the one asked for; equal or null when the period is kept. */
  currentEnd: LocalDate | null;
  requestedEnd: LocalDate | null;
  /** "Extend by N months", when that is how it was asked. */
  extendMonths: number | null;
  revisesPlan: boolean;
  revisesBudget: boolean;
  changesAmount: boolean;
  motivation: string;
}

/** What the request concerns, in the order the letter names them. */
function subjects(r: RequestSummary): string[] {
  const periodChanges = r.requestedEnd !== null && r.requestedEnd !== r.currentEnd;
  return [
    ...(periodChanges ? ['projektperioden'] : []),
    ...(r.revisesPlan ? ['tid- och aktivitetsplanen'] : []),
    ...(r.revisesBudget ? ['budgeten'] : []),
    ...(r.changesAmount ? ['beviljat stöd'] : []),
  ];
}

/**
 * "Ni har den 2025-08-28 kommit in med en begäran om ändring av projektperioden. Ni vill förlänga projektet
 * med sex månader, till den 31 augusti 2026." followed by the beneficiary's motivation as a paragraph.
 */
export function amendmentBackground(r: RequestSummary): string {
  const what = subjects(r);
  const when = r.receivedOn ? ` den ${r.receivedOn}` : '';
  const first = `Ni har${when} kommit in med en begäran om ändring${what.length ? ` av ${joinSwedishList(what)}` : ''}.`;
  let period = '';
  if (r.requestedEnd !== null && r.currentEnd !== null && r.requestedEnd !== r.currentEnd) {
    const verb = r.requestedEnd > r.currentEnd ? 'förlänga' : 'förkorta';
    const by = r.extendMonths !== null ? ` med ${swedishMonths(r.extendMonths)},` : '';
    period = ` Ni vill ${verb} projektet${by} till den ${longDateInProse(r.requestedEnd)}.`;
  }
  const motivation = r.motivation.trim();
  return motivation ? `${first}${period}\n\n${motivation}` : `${first}${period}`;
}
