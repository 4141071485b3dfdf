import { emptyAllocation, type GenreExtraction } from '../contract.js';
import { deadlinesByKind, findYearMentions, splitSentences } from '../extract/deadlines.js';
import { extractDecisionBlock } from '../extract/decision-block.js';
import { findDistributionNames, findOfferRecipients } from '../extract/lists.js';
import { findAmounts, findPeriods, wholeKronor } from '../extract/values.js';
import type { DocumentText } from '../text.js';
import type { GenreExtractor } from './genre.js';

/*
 * A state allocation (docs/domain/life-of-a-grant.md, "9. State allocations"): a government decision (or an agency's
 * decision on its behalf) offering N regions up to an amount per recipient and year for a period, with a requisition
 * deadline, an annual account and a repayment deadline for unused funds. Example: seeds/003 (I2021/00795).
 */

const SIGNALS: [RegExp, number][] = [
  [/(?<![\p{L}])(?:regeringen|regeringens beslut|regeringsbeslut)(?![\p{L}])/iu, 0.3],
  [/(?<![\p{L}])(?:rekvirera\p{L}*|rekvisition\p{L}*|rekvirering\p{L}*)/iu, 0.25],
  [/(?<![\p{L}])(?:erbjud\p{L}*)/iu, 0.15],
  [
    /(?<![\p{L}])(?:per|varje|respektive)\s+(?:region|mottagare|län|landsting|kommun)(?![\p{L}])|per (?:region|mottagare) och år/iu,
    0.15,
  ],
  [/outnyttjade medel|(?<![\p{L}])återbetala\p{L}*/iu, 0.15],
];

const RECIPIENT =
  '(?:region(?:en)?|mottagare(?:n)?|län(?:et)?|landsting(?:et)?|kommun(?:en)?|samverkansorgan(?:et)?|aktör)';
const PER_RECIPIENT_AFTER = new RegExp(
  `^\\s*(?:per\\s+(?:år\\s+(?:och|till|för)\\s+)?(?:(?:varje|respektive)\\s+)?${RECIPIENT}|(?:till|för|åt)\\s+(?:varje|respektive)\\s+${RECIPIENT}|per\\s+${RECIPIENT}\\s+och\\s+år)(?![\\p{L}])`,
  'iu',
);
const RECIPIENT_THEN_AMOUNT = new RegExp(
  `(?:varje|respektive)\\s+${RECIPIENT}\\s+(?:får|kan få|erbjuds|beviljas|tilldelas|kan rekvirera)[^.]{0,30}$`,
  'iu',
);
const PER_YEAR =
  /(?<![\p{L}])(?:per år|årligen|per kalenderår|för varje år|varje år|respektive år|om året)(?![\p{L}])/iu;
const TOTAL_BEFORE = /(?<![\p{L}])(?:totalt|sammanlagt|sammantaget|ram(?:en)? på)\s+(?:högst\s+)?$/iu;

/** "högst 1 000 000 kronor per region" (each year), "Varje region får högst 500 000 kronor per år". */
function perRecipientPerYear(flat: string): number | null {
  for (const s of splitSentences(flat)) {
    if (!PER_YEAR.test(s.text) && !/\bår\b/.test(s.text)) continue;
    for (const a of findAmounts(s.text)) {
      const before = s.text.slice(Math.max(0, a.index - 40), a.index);
      const afterIt = s.text.slice(a.index + a.length);
      if (TOTAL_BEFORE.test(before)) continue;
      if (PER_RECIPIENT_AFTER.test(afterIt) || (RECIPIENT_THEN_AMOUNT.test(before) && PER_YEAR.test(s.text))) {
        return wholeKronor(a.value);
      }
    }
  }
  return null;
}

/** The period of the allocation: "under perioden 2021–2025", "under åren 2022–2024", "årligen 2021–2025". */
function allocationYears(flat: string): { yearFrom: number | null; yearTo: number | null } {
  const introducers = [
    /(?<![\p{L}])(?:perioden|åren|tiden)\s+(?:från\s+)?(?:och med\s+)?/giu,
    /(?<![\p{L}])årligen\s+(?:under\s+)?/giu,
  ];
  for (const re of introducers) {
    for (const m of flat.matchAll(re)) {
      const rest = flat.slice(m.index + m[0].length, m.index + m[0].length + 60);
      const years = findYearMentions(rest)[0];
      if (years && years.index === 0 && years.years.length > 1) {
        return { yearFrom: years.years[0]!, yearTo: years.years.at(-1)! };
      }
      const period = findPeriods(rest)[0];
      if (period && period.index === 0) {
        return { yearFrom: Number(period.value.start.slice(0, 4)), yearTo: Number(period.value.end.slice(0, 4)) };
      }
    }
  }
  return { yearFrom: null, yearTo: null };
}

export const stateAllocation: GenreExtractor = {
  genre: 'state_allocation',

  score(doc: DocumentText): number {
    return Math.min(
      1,
      SIGNALS.reduce((sum, [re, weight]) => sum + (re.test(doc.flat) ? weight : 0), 0),
    );
  },

  extract(doc: DocumentText): GenreExtraction {
    const { flat } = doc;
    const decision = extractDecisionBlock(doc);
    // The government decides as a body; the minister and the official sign "på regeringens vägnar".
    if (decision.decidedBy === null && /regeringens beslut|på regeringens vägnar|regeringsbeslut/i.test(flat)) {
      decision.decidedBy = 'Regeringen';
    }
    let recipients = findOfferRecipients(doc);
    if (recipients.length === 0) {
      recipients = findDistributionNames(
        doc,
        /^(?:beslutet (?:skickas|sänds|expedieras) till|sändlista|mottagare)\s*:?\s*$/i,
      );
    }
    const allocation = {
      ...emptyAllocation(),
      perRecipientPerYearSek: perRecipientPerYear(flat),
      ...allocationYears(flat),
      ...deadlinesByKind(flat),
    };
    return { decision, projects: [], recipients, allocation, headlineTotalSek: null, warnings: [] };
  },
};
