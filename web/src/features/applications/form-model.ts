import {
  COST_CATEGORIES,
  formatSek,
  ore,
  parseSek,
  type ApplicationContent,
  type CostCategory,
} from '../../../../src/domain/index.js';
import type { Messages } from '../../i18n.js';

/**
 * The editor keeps what the applicant typed as text (amounts as "1,5 miljoner", dates as yyyy-MM-dd) and
 * turns it into the API's ApplicationContent (öre, numbers) only when needed: for the live totals and on
 * save. Text that cannot be read becomes an inline error keyed by the same path the server uses.
 */
export interface ActivityRow {
  key: number;
  number: string;
  title: string;
  start: string;
  end: string;
  cost: string;
}
export interface BudgetRow {
  key: number;
  category: CostCategory;
  year: string;
  amount: string;
}
export interface FinancingRow {
  key: number;
  financierName: string;
  amount: string;
  isPublic: boolean;
  isInKind: boolean;
}
export interface ApplicationForm {
  projectName: string;
  acronym: string;
  ownerOrgNumber: string;
  description: string;
  purpose: string;
  goals: string;
  periodStart: string;
  periodEnd: string;
  requested: string;
  activities: ActivityRow[];
  budget: BudgetRow[];
  financing: FinancingRow[];
}

let nextKey = 1;
export const newKey = () => nextKey++;

export const emptyActivity = (n: number): ActivityRow => ({
  key: newKey(),
  number: String(n),
  title: '',
  start: '',
  end: '',
  cost: '',
});
export const emptyBudgetRow = (): BudgetRow => ({ key: newKey(), category: COST_CATEGORIES[0], year: '', amount: '' });
export const emptyFinancingRow = (): FinancingRow => ({
  key: newKey(),
  financierName: '',
  amount: '',
  isPublic: true,
  isInKind: false,
});

/** The id of the input for an API path: `activities.0.end` → `field-activities-0-end`. */
export const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;

// Shown without " kr" so that the input holds just the number the applicant would type.
export const amountText = (o: number | null | undefined) =>
  o == null
    ? ''
    : formatSek(ore(o))
        .replace(/\u00a0kr$/, '')
        .replace(/\u00a0/g, ' ');

export function fromContent(c: ApplicationContent): ApplicationForm {
  return {
    projectName: c.projectName ?? '',
    acronym: c.acronym ?? '',
    ownerOrgNumber: c.ownerOrgNumber ?? '',
    description: c.description ?? '',
    purpose: c.purpose ?? '',
    goals: c.goals ?? '',
    periodStart: c.periodStart ?? '',
    periodEnd: c.periodEnd ?? '',
    requested: c.requestedOre ? amountText(c.requestedOre) : '',
    activities: (c.activities ?? []).map((a) => ({
      key: newKey(),
      number: a.number,
      title: a.title,
      start: a.start ?? '',
      end: a.end ?? '',
      cost: amountText(a.costOre),
    })),
    budget: (c.budget ?? []).map((b) => ({
      key: newKey(),
      category: b.category,
      year: String(b.year),
      amount: amountText(b.amountOre),
    })),
    financing: (c.financing ?? []).map((f) => ({
      key: newKey(),
      financierName: f.financierName,
      amount: amountText(f.amountOre),
      isPublic: f.isPublic,
      isInKind: f.isInKind,
    })),
  };
}

export interface Converted {
  content: ApplicationContent;
  /** Text that cannot be read, by API path: shown while typing, and they block saving. */
  inputErrors: Record<string, string>;
  /** Row fields left empty that the API needs to store the row: shown (and block) only on save. */
  missing: Record<string, string>;
}

const opt = (s: string) => (s.trim() === '' ? undefined : s.trim());

export function toContent(f: ApplicationForm, t: Messages): Converted {
  const inputErrors: Record<string, string> = {};
  const missing: Record<string, string> = {};
  const amount = (text: string, path: string, label: string): number | undefined => {
    if (text.trim() === '') return undefined;
    const r = parseSek(text);
    if (!r.ok || r.value < 0) {
      inputErrors[path] = t.amountInvalid(label);
      return undefined;
    }
    return r.value;
  };
  const content: ApplicationContent = {
    projectName: opt(f.projectName),
    acronym: opt(f.acronym) ?? null,
    ownerOrgNumber: opt(f.ownerOrgNumber),
    description: opt(f.description),
    purpose: opt(f.purpose),
    goals: opt(f.goals),
    periodStart: opt(f.periodStart),
    periodEnd: opt(f.periodEnd),
    requestedOre: amount(f.requested, 'requestedOre', t.requested),
    activities: f.activities.map((a, i) => ({
      number: a.number.trim(),
      title: a.title.trim(),
      start: opt(a.start),
      end: opt(a.end),
      costOre: amount(a.cost, `activities.${i}.costOre`, t.inRow(t.actCost, t.activityN(i + 1))) ?? null,
    })),
    budget: f.budget.map((b, i) => {
      const year = Number(b.year);
      if (b.year.trim() === '') missing[`budget.${i}.year`] = t.yearInvalid;
      else if (!/^\d{4}$/.test(b.year.trim()) || year < 2000 || year > 2100)
        inputErrors[`budget.${i}.year`] = t.yearInvalid;
      return {
        category: b.category,
        year: Number.isInteger(year) ? year : 0,
        amountOre: amount(b.amount, `budget.${i}.amountOre`, t.inRow(t.amount, t.budgetRowN(i + 1))) ?? 0,
      };
    }),
    financing: f.financing.map((x, i) => {
      if (x.financierName.trim() === '') missing[`financing.${i}.financierName`] = t.financierRequired;
      return {
        financierName: x.financierName.trim(),
        amountOre: amount(x.amount, `financing.${i}.amountOre`, t.inRow(t.amount, t.financierN(i + 1))) ?? 0,
        isPublic: x.isPublic,
        isInKind: x.isInKind,
      };
    }),
  };
  return { content, inputErrors, missing };
}
