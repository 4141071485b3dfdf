import type { GenreExtraction } from '../contract.js';
import { extendedTo, grantCount, isProposal, labelledPeriods } from '../extract/decision-block-project.js';
import type { DocumentText } from '../text.js';
import type { GenreExtractor } from './genre.js';
import { decisionExtraction } from './grant-decision.js';

/*
 * An amendment decision ("ändring av beslut om stöd"): changes an earlier grant decision — most often the
 * period ("förlängs … till och med 2026-08-31"), the budget or the activity plan — and leaves the rest in
 * force. The project's values are the NEW ones; what the amendment does not state stays null.
 */

const CORE =
  /(?<!\p{L})(?:ändring av (?:tidigare |det tidigare )?beslut|beslut om ändring|ändra (?:tidigare |det tidigare |sitt )?beslut|ändringsbeslut|beviljar ändring|godkänner (?:en |begärd )?ändring|beslutet ändras\b|ändras enligt följande)/iu;

export function scoreAmendmentDecision(doc: DocumentText): number {
  const { flat } = doc;
  let score = 0;
  const core = CORE.test(flat);
  if (core) score += 0.5;
  else if (/(?<!\p{L})ändring(?:en|ar)?(?!\p{L})/iu.test(flat)) score += 0.1;
  if (/\bförläng(?:s|a|ning|es)\b/i.test(flat)) score += 0.15;
  if (/(?<!\p{L})(?:ändras|ändrad|ändrade|ändringen)(?!\p{L})/iu.test(flat)) score += 0.1;
  if (/\breviderad\b/i.test(flat)) score += 0.1;
  if (/\bprojektperiod|\btidigare beslut/i.test(flat)) score += 0.05;
  if (/\bbeslut(?:ar|at|et)?\b/i.test(flat)) score += 0.1;
  if (!core) score = Math.min(score, 0.3);
  if (/\bpressmeddelande\b/i.test(flat) || grantCount(flat) > 2) score *= 0.4;
  if (isProposal(doc)) score *= 0.7;
  return Math.max(0, Math.min(1, score));
}

export function extractAmendmentDecision(doc: DocumentText): GenreExtraction {
  // The new period: the one ending on the extension's date, else one labelled as new; an extension
  // without a stated start gives only the end.
  const newEnd = extendedTo(doc.flat);
  const periods = labelledPeriods(doc.flat);
  const period =
    (newEnd ? periods.find((p) => p.end === newEnd) : undefined) ??
    periods.find((p) => p.isNew) ??
    (newEnd ? undefined : periods.at(-1));
  return decisionExtraction(doc, { start: period?.start ?? null, end: period?.end ?? newEnd });
}

export const amendmentDecision: GenreExtractor = {
  genre: 'amendment_decision',
  score: scoreAmendmentDecision,
  extract: extractAmendmentDecision,
};
