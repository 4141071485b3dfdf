import {
  applicationTotals,
  COST_CATEGORIES,
  formatSek,
  ore,
  parseSek,
  periodCoversYear,
  type CostCategory,
} from '../../../../src/domain/index.js';
import type { BudgetLine } from './amendment-api.js';

/** The revised budget as typed: the text of each cell by `category:year` (kronor, Swedish style). */
export type BudgetCells = Record<string, string>;

export const cellKey = (category: CostCategory, year: number): string => `${category}:${year}`;

/** "1 500 000" for 150 000 000 öre: as the user would type it (plain spaces, no "kr"). */
export const amountText = (o: number): string =>
  formatSek(ore(o))
    .replace(/\u00a0kr$/, '')
    .replace(/[\u00a0\u202f]/g, ' ');

/** "+100 000 kr", "−100 000 kr", "0 kr": a change against the budget in force. */
export const signedSek = (o: number): string => `${o > 0 ? '+' : ''}${formatSek(ore(o))}`;

export const cellsFromLines = (lines: readonly BudgetLine[]): BudgetCells =>
  Object.fromEntries(lines.map((l) => [cellKey(l.category, l.year), amountText(l.amountOre)]));

const yearOf = (date: string | null | undefined): number | null => {
  const y = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isInteger(y) ? y : null;
};

/**
 * The years the table shows: those of the project period (as it will be after the change), and any year that
 * the budget in force or the revised one uses, so that an amount outside the period stays visible.
 */
export function budgetYears(
  period: { start: string; end: string | null } | null,
  current: readonly BudgetLine[],
  cells: BudgetCells,
): number[] {
  const years = new Set<number>();
  const first = yearOf(period?.start);
  const last = yearOf(period?.end) ?? first;
  if (first !== null && last !== null) for (let y = first; y <= last && y - first < 20; y++) years.add(y);
  for (const l of current) years.add(l.year);
  for (const [key, text] of Object.entries(cells)) if (text.trim() !== '') years.add(Number(key.split(':')[1]));
  return [...years].sort((a, b) => a - b);
}

export interface BudgetTexts {
  invalidBudgetAmount: string;
  negativeBudgetAmount: string;
  yearOutsidePeriod: (year: number) => string;
}

/**
 * The typed cells as the API takes them (öre, one line per non-zero cell, in category order) and an error per
 * cell that cannot be read, is negative, or spends in a year outside the period. An empty cell is 0.
 */
export function readBudget(
  cells: BudgetCells,
  inPeriod: (year: number) => boolean,
  t: BudgetTexts,
): { lines: BudgetLine[]; errors: Record<string, string> } {
  const lines: BudgetLine[] = [];
  const errors: Record<string, string> = {};
  for (const category of COST_CATEGORIES) {
    const years = Object.keys(cells)
      .filter((k) => k.startsWith(`${category}:`))
      .map((k) => Number(k.split(':')[1]))
      .sort((a, b) => a - b);
    for (const year of years) {
      const key = cellKey(category, year);
      const text = cells[key] ?? '';
      if (text.trim() === '') continue;
      const amount = parseSek(text);
      if (!amount.ok) errors[key] = t.invalidBudgetAmount;
      else if (amount.value < 0) errors[key] = t.negativeBudgetAmount;
      else if (amount.value > 0 && !inPeriod(year)) errors[key] = t.yearOutsidePeriod(year);
      else if (amount.value > 0) lines.push({ category, year, amountOre: amount.value });
    }
  }
  return { lines, errors };
}

/** Sums by the domain's rule (project income reduces the cost): overall, per year and per category. */
export function budgetSums(lines: readonly BudgetLine[]) {
  const totals = applicationTotals({ budget: [...lines] });
  const byCategory = new Map<CostCategory, number>();
  for (const l of lines) byCategory.set(l.category, (byCategory.get(l.category) ?? 0) + l.amountOre);
  return {
    total: totals.budget as number,
    byYear: (year: number): number => totals.budgetByYear[year] ?? 0,
    byCategory: (c: CostCategory): number => byCategory.get(c) ?? 0,
    cell: (c: CostCategory, year: number): number =>
      lines.find((l) => l.category === c && l.year === year)?.amountOre ?? 0,
  };
}

/** Whether a year lies in the period from `start` to `end` (by calendar year). */
export const yearInPeriod =
  (start: string | null | undefined, end: string | null | undefined) =>
  (year: number): boolean =>
    // Before the period is known (no dates yet), no year is refused; the server checks again.
    yearOf(start) === null || yearOf(end) === null || periodCoversYear({ start: start!, end: end! }, year);
