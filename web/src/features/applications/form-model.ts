import {
  COST_CATEGORIES,
  formatSek,
  ore,
  type ApplicationDraft,
  type CostCategory,
} from '../../../../src/domain/index.js';

/**
 * The editor keeps what the applicant typed as text (amounts as "1,5 miljoner", dates as yyyy-MM-dd) and
 * turns it into the API's draft (öre, numbers) only when needed (to-draft.ts): for the live totals and checks,
 * and on save.
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

export function fromContent(c: ApplicationDraft): ApplicationForm {
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
      year: b.year === null ? '' : String(b.year),
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
