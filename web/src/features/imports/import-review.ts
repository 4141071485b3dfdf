import type { Extraction } from './import-api.js';
import type { ImportTexts } from './texts.js';

/** The numbers of a project the officer types as text: whole kronor, and the share in percent. */
export type NumberField = 'amountSek' | 'maxSharePercent' | 'approvedCostsSek';
export const numberKey = (i: number, f: NumberField) => `${i}.${f}`;

/** A typed text as the extraction keeps it: null when blank. */
export const nullable = (v: string) => (v.trim() === '' ? null : v.trim());

/**
 * The extraction as reviewed: the draft with the numbers as typed, and what is wrong with those that are not
 * numbers (by the key of their field).
 */
export function reviewedExtraction(
  draft: Extraction,
  numbers: Record<string, string>,
  x: ImportTexts,
): { reviewed: Extraction; numberErrors: Record<string, string> } {
  const numberErrors: Record<string, string> = {};
  const reviewed: Extraction = {
    ...draft,
    projects: draft.projects.map((p, i) => {
      const out = { ...p };
      for (const [f, label] of [
        ['amountSek', x.amount],
        ['maxSharePercent', x.share],
        ['approvedCostsSek', x.approvedCosts],
      ] as const) {
        const raw = (numbers[numberKey(i, f)] ?? '').replace(/\s/g, '').replace(',', '.');
        const n = raw === '' ? null : Number(raw);
        if (n !== null && (!Number.isFinite(n) || (f !== 'maxSharePercent' && !Number.isInteger(n))))
          numberErrors[numberKey(i, f)] = x.numberInvalid(label);
        out[f] = n !== null && Number.isFinite(n) ? n : null;
      }
      return out;
    }),
  };

  // Whole numbers outside the projects: the headline total and the allocation's amount and years.
  const wholeNumber = (key: string, label: string): number | null => {
    const raw = (numbers[key] ?? '').replace(/\s/g, '');
    if (raw === '') return null;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) {
      numberErrors[key] = x.numberInvalid(label);
      return null;
    }
    return n;
  };
  reviewed.headlineTotalSek = wholeNumber('headlineTotalSek', x.headline);
  if (reviewed.allocation) {
    reviewed.allocation = {
      ...reviewed.allocation,
      perRecipientPerYearSek: wholeNumber('perRecipientPerYearSek', x.perYear),
      yearFrom: wholeNumber('yearFrom', x.yearFrom),
      yearTo: wholeNumber('yearTo', x.yearTo),
    };
  }
  return { reviewed, numberErrors };
}

/** The numbers of an extraction as the text fields show them. */
export function numberTexts(extraction: Extraction): Record<string, string> {
  const out: Record<string, string> = {};
  const text = (v: number | null | undefined) => (v == null ? '' : String(v));
  out.headlineTotalSek = text(extraction.headlineTotalSek);
  out.perRecipientPerYearSek = text(extraction.allocation?.perRecipientPerYearSek);
  out.yearFrom = text(extraction.allocation?.yearFrom);
  out.yearTo = text(extraction.allocation?.yearTo);
  extraction.projects.forEach((p, i) => {
    for (const f of ['amountSek', 'maxSharePercent', 'approvedCostsSek'] as const) {
      const v = p[f];
      out[`${i}.${f}`] = v === null ? '' : String(v);
    }
  });
  return out;
}
