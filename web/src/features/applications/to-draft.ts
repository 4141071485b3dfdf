import {
  APPLICATION_TEXT_LIMITS as LIMITS,
  BUDGET_YEARS,
  parseOrgNumber,
  parseSek,
  type ApplicationDraft,
} from '../../../../src/domain/index.js';
import type { Messages } from '../../i18n.js';
import type { ApplicationForm } from './form-model.js';
import type { ApplicationTexts } from './texts.js';

/*
 * The form's text as the API's draft. What cannot be read is left out of the draft (a row keeps its place,
 * with null there) and becomes an inline error keyed by the same path the server uses; everything that can
 * be read is saved, so a draft never loses what the applicant typed.
 */

export interface Converted {
  content: ApplicationDraft;
  /**
   * What was typed but cannot be read (an amount in words, a negative amount, a year that is no year, a text
   * over its limit), by API path: left out of the draft, and shown at its field while typing.
   */
  inputErrors: Record<string, string>;
}

export function toContent(f: ApplicationForm, t: Messages, at: ApplicationTexts): Converted {
  const inputErrors: Record<string, string> = {};
  const amount = (text: string, path: string, label: string): number | null => {
    if (text.trim() === '') return null;
    const r = parseSek(text);
    if (r.ok && r.value >= 0) return r.value;
    inputErrors[path] = r.ok ? at.amountNegative(label) : t.amountInvalid(label);
    return null;
  };
  // Text over its limit is not saved (the server would refuse the whole draft); maxlength keeps it from happening.
  const text = (value: string, path: string, label: string, max: number): string | undefined => {
    const s = value.trim();
    if (s.length <= max) return s === '' ? undefined : s;
    inputErrors[path] = at.tooLong(label, max, s.length);
    return undefined;
  };
  const year = (value: string, path: string): number | null => {
    const s = value.trim();
    const n = Number(s);
    if (s === '') return null;
    if (/^\d{4}$/.test(s) && n >= BUDGET_YEARS.min && n <= BUDGET_YEARS.max) return n;
    inputErrors[path] = t.yearInvalid;
    return null;
  };
  // An organisation number is saved in its one written form, "202100-2874", however it was typed.
  const orgNumber = (s: string | undefined) => {
    const r = s === undefined ? null : parseOrgNumber(s);
    return r?.ok ? r.value : s;
  };
  const content: ApplicationDraft = {
    projectName: text(f.projectName, 'projectName', t.projectName, LIMITS.projectName),
    acronym: text(f.acronym, 'acronym', t.acronym, LIMITS.acronym) ?? null,
    ownerOrgNumber: orgNumber(text(f.ownerOrgNumber, 'ownerOrgNumber', t.ownerOrgNumber, LIMITS.ownerOrgNumber)),
    description: text(f.description, 'description', t.description, LIMITS.description),
    purpose: text(f.purpose, 'purpose', t.purpose, LIMITS.purpose),
    goals: text(f.goals, 'goals', t.goals, LIMITS.goals),
    periodStart: text(f.periodStart, 'periodStart', t.periodStart, LIMITS.date),
    periodEnd: text(f.periodEnd, 'periodEnd', t.periodEnd, LIMITS.date),
    requestedOre: amount(f.requested, 'requestedOre', t.requested) ?? undefined,
    activities: f.activities.map((a, i) => {
      const p = `activities.${i}`;
      const row = t.activityN(i + 1);
      return {
        number: text(a.number, `${p}.number`, t.inRow(t.actNumber, row), LIMITS.activityNumber) ?? '',
        title: text(a.title, `${p}.title`, t.inRow(t.actTitle, row), LIMITS.activityTitle) ?? '',
        start: text(a.start, `${p}.start`, t.inRow(t.actStart, row), LIMITS.date),
        end: text(a.end, `${p}.end`, t.inRow(t.actEnd, row), LIMITS.date),
        costOre: amount(a.cost, `${p}.costOre`, t.inRow(t.actCost, row)),
      };
    }),
    budget: f.budget.map((b, i) => ({
      category: b.category,
      year: year(b.year, `budget.${i}.year`),
      amountOre: amount(b.amount, `budget.${i}.amountOre`, t.inRow(t.amount, t.budgetRowN(i + 1))),
    })),
    financing: f.financing.map((x, i) => {
      const row = t.financierN(i + 1);
      return {
        financierName:
          text(x.financierName, `financing.${i}.financierName`, t.inRow(t.financier, row), LIMITS.financierName) ?? '',
        amountOre: amount(x.amount, `financing.${i}.amountOre`, t.inRow(t.amount, row)),
        isPublic: x.isPublic,
        isInKind: x.isInKind,
      };
    }),
  };
  return { content, inputErrors };
}
