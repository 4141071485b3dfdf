import { periodContainsPeriod, parseLocalDate, type LocalDate } from './calendar.js';
import { grantorShareWarning } from './cofinancing.js';
import type { PlannedActivity } from './decisions.js';
import { interpolate } from './errors.js';
import type { Severity } from './finding.js';
import { basisPoints, ore, sumOre, type Ore } from './money.js';
import { parseOrgNumber, sameOrgNumber } from './org-number.js';

/** Cost categories of a project budget (docs/domain/rules.md, "Cost categories"). */
export const COST_CATEGORIES = [
  'staff',
  'external_services',
  'travel_accommodation',
  'investments_equipment_premises',
  'indirect_costs',
  'project_income',
  'in_kind',
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/**
 * The application form (docs/domain/life-of-a-grant.md, "2. Application"). Drafts may be incomplete: every field is
 * optional until submit.
 */
export interface ApplicationContent {
  projectName?: string;
  acronym?: string | null;
  ownerOrgNumber?: string;
  description?: string;
  purpose?: string;
  goals?: string;
  periodStart?: string;
  periodEnd?: string;
  municipalities?: string[];
  /** What is applied for from this funder, in öre. */
  requestedOre?: number;
  activities?: {
    number: string;
    title: string;
    description?: string;
    start?: string;
    end?: string;
    costOre?: number | null;
  }[];
  budget?: { category: CostCategory; year: number; amountOre: number }[];
  financing?: {
    financierName: string;
    orgNumber?: string | null;
    amountOre: number;
    isPublic: boolean;
    isInKind: boolean;
  }[];
  horizontalCriteria?: { genderEquality?: string; equality?: string; environment?: string };
  sdgTargets?: string[];
}

/**
 * The form as a draft holds it: a budget line or a financier may lack what the applicant has not filled in
 * yet (null), so that saving a draft keeps every row typed so far. Submit requires them all
 * (`validateApplicationForSubmit`); a submitted application is an ApplicationContent.
 */
export interface ApplicationDraft extends Omit<ApplicationContent, 'budget' | 'financing'> {
  budget?: { category: CostCategory; year: number | null; amountOre: number | null }[];
  financing?: {
    financierName: string;
    orgNumber?: string | null;
    amountOre: number | null;
    isPublic: boolean;
    isInKind: boolean;
  }[];
}

type BudgetLine = NonNullable<ApplicationContent['budget']>[number];
type Financier = NonNullable<ApplicationContent['financing']>[number];
const isCompleteLine = (l: NonNullable<ApplicationDraft['budget']>[number]): l is BudgetLine =>
  l.year !== null && l.amountOre !== null;
const isCompleteFinancier = (f: NonNullable<ApplicationDraft['financing']>[number]): f is Financier =>
  f.financierName.trim() !== '' && f.amountOre !== null;

/**
 * The draft's rows that are complete: a budget line with year and amount, a financier with name and amount.
 * For a submitted application (which has no other) this is the application itself.
 */
export function completeContentOf(d: ApplicationDraft): ApplicationContent {
  const { budget, financing, ...rest } = d;
  return {
    ...rest,
    ...(budget ? { budget: budget.filter(isCompleteLine) } : {}),
    ...(financing ? { financing: financing.filter(isCompleteFinancier) } : {}),
  };
}

/** One problem with one field, for the error summary and the inline error beside the field. */
export interface FieldIssue {
  path: string;
  code: string;
  severity: Severity;
  message: { sv: string; en: string };
}

const MESSAGES = {
  required: { sv: '{label} måste fyllas i.', en: '{labelEn} is required.' },
  'org_number.invalid': {
    sv: 'Organisationsnumret är ogiltigt: {reason}',
    en: 'The organisation number is invalid: {reasonEn}',
  },
  'date.invalid': { sv: '{label} ska vara ett datum ÅÅÅÅ-MM-DD.', en: '{labelEn} must be a date YYYY-MM-DD.' },
  'period.inverted': { sv: 'Projektperioden slutar före den börjar.', en: 'The project period ends before it starts.' },
  'activity.duplicate_number': {
    sv: 'Aktivitetsnummer {number} förekommer mer än en gång.',
    en: 'Activity number {number} occurs more than once.',
  },
  'activity.outside_period': {
    sv: 'Aktivitet {number} ligger utanför projektperioden.',
    en: 'Activity {number} lies outside the project period.',
  },
  'activity.inverted': {
    sv: 'Aktivitet {number} slutar före den börjar.',
    en: 'Activity {number} ends before it starts.',
  },
  'budget.year_missing': { sv: 'Budgetrad {n} saknar år.', en: 'Budget line {n} has no year.' },
  'budget.amount_missing': { sv: 'Budgetrad {n} saknar belopp.', en: 'Budget line {n} has no amount.' },
  'financing.name_missing': { sv: 'Finansiär {n} saknar namn.', en: 'Financier {n} has no name.' },
  'financing.amount_missing': { sv: 'Finansiär {n} saknar belopp.', en: 'Financier {n} has no amount.' },
  'owner.not_applicant': {
    sv: 'Organisationsnumret ska vara er organisations, {orgNumber}.',
    en: "The organisation number must be your organisation's, {orgNumber}.",
  },
  'activities.none': { sv: 'Ansökan behöver minst en aktivitet.', en: 'The application needs at least one activity.' },
  'budget.none': { sv: 'Ansökan behöver en budget.', en: 'The application needs a budget.' },
  'budget.year_outside_period': {
    sv: 'Budgetåret {year} ligger utanför projektperioden.',
    en: 'Budget year {year} lies outside the project period.',
  },
  'financing.mismatch': {
    sv: 'Finansieringen ({financing}) är inte lika med budgeten ({budget}).',
    en: 'The financing ({financing}) does not equal the budget ({budget}).',
  },
  'requested.above_financing': {
    sv: 'Sökt belopp ({requested}) finns inte med i finansieringsplanen.',
    en: 'The requested amount ({requested}) is not part of the financing plan.',
  },
  'activities.cost_mismatch': {
    sv: 'Aktiviteternas kostnader ({activities}) skiljer sig från budgeten ({budget}).',
    en: 'The activities cost ({activities}), which differs from the budget ({budget}).',
  },
} as const;

const FIELD_LABELS: Record<string, { sv: string; en: string }> = {
  projectName: { sv: 'Projektnamn', en: 'Project name' },
  ownerOrgNumber: { sv: 'Organisationsnummer', en: 'Organisation number' },
  description: { sv: 'Beskrivning', en: 'Description' },
  purpose: { sv: 'Syfte', en: 'Purpose' },
  goals: { sv: 'Mål', en: 'Goals' },
  periodStart: { sv: 'Projektperiodens start', en: 'Project start' },
  periodEnd: { sv: 'Projektperiodens slut', en: 'Project end' },
  requestedOre: { sv: 'Sökt belopp', en: 'Requested amount' },
};

function issue(
  path: string,
  code: keyof typeof MESSAGES,
  details: Record<string, unknown> = {},
  severity: Severity = 'error',
): FieldIssue {
  const label = FIELD_LABELS[path] ?? { sv: path, en: path };
  const all = { label: label.sv, labelEn: label.en, ...details };
  return {
    path,
    code,
    severity,
    message: { sv: interpolate(MESSAGES[code].sv, all, 'sv'), en: interpolate(MESSAGES[code].en, all, 'en') },
  };
}

export interface ApplicationTotals {
  budget: Ore;
  financing: Ore;
  activities: Ore;
  requested: Ore;
  budgetByYear: Record<number, Ore>;
}

/** The live totals the application editor shows while the applicant types; what is not filled in counts as 0. */
export function applicationTotals(c: ApplicationDraft): ApplicationTotals {
  const budgetByYear: Record<number, Ore> = {};
  for (const line of c.budget ?? []) {
    if (line.year !== null) budgetByYear[line.year] = ore((budgetByYear[line.year] ?? 0) + signed(line));
  }
  return {
    budget: sumOre((c.budget ?? []).map((l) => ore(signed(l)))),
    financing: sumOre((c.financing ?? []).map((f) => ore(f.amountOre ?? 0))),
    activities: sumOre((c.activities ?? []).map((a) => ore(a.costOre ?? 0))),
    requested: ore(c.requestedOre ?? 0),
    budgetByYear,
  };
}

/** Project income reduces the costs to be financed; every other category adds to them. */
const signed = (line: { category: CostCategory; amountOre: number | null }): number =>
  line.category === 'project_income' ? -(line.amountOre ?? 0) : (line.amountOre ?? 0);

const date = (s: string | undefined): LocalDate | null => {
  if (!s) return null;
  const r = parseLocalDate(s);
  return r.ok ? r.value : null;
};

/**
 * The applied activity plan as the rules see it (docs/domain/rules.md, "Periods": a decided period holds every
 * activity). A date that is missing or not a date counts as unknown, as the period check expects.
 */
export function plannedActivitiesOf(c: ApplicationDraft): PlannedActivity[] {
  return (c.activities ?? []).map((a) => ({
    number: a.number,
    title: a.title,
    start: date(a.start),
    end: date(a.end),
    cost: a.costOre == null ? null : ore(a.costOre),
  }));
}

/** A sub-activity's parent: '4.1' belongs to '4', '4.1.2' to '4.1'; a top-level activity has none. */
export function parentActivityNumber(number: string): string | null {
  const at = number.lastIndexOf('.');
  return at > 0 ? number.slice(0, at) : null;
}

/**
 * Every check that must hold before an application can be submitted (submit validates everything,
 * docs/domain/life-of-a-grant.md, "2. Application"). Warnings do not block; errors do. Paths name the field so the UI
 * can show the error inline.
 */
export function validateApplicationForSubmit(c: ApplicationDraft, format: (o: Ore) => string): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const key of [
    'projectName',
    'ownerOrgNumber',
    'description',
    'purpose',
    'goals',
    'periodStart',
    'periodEnd',
  ] as const) {
    if (!c[key] || String(c[key]).trim() === '') out.push(issue(key, 'required'));
  }
  if (c.ownerOrgNumber) {
    const org = parseOrgNumber(c.ownerOrgNumber);
    if (!org.ok)
      out.push(
        issue('ownerOrgNumber', 'org_number.invalid', { reason: org.error.message.sv, reasonEn: org.error.message.en }),
      );
  }
  const start = date(c.periodStart);
  const end = date(c.periodEnd);
  if (c.periodStart && !start) out.push(issue('periodStart', 'date.invalid'));
  if (c.periodEnd && !end) out.push(issue('periodEnd', 'date.invalid'));
  const period = start && end && start <= end ? { start, end } : null;
  if (start && end && !period) out.push(issue('periodEnd', 'period.inverted'));
  if (!c.requestedOre || c.requestedOre <= 0) out.push(issue('requestedOre', 'required'));

  const activities = c.activities ?? [];
  if (activities.length === 0) out.push(issue('activities', 'activities.none'));
  const seen = new Set<string>();
  activities.forEach((a, i) => {
    const path = `activities.${i}`;
    if (!a.number?.trim())
      out.push({
        ...issue(`${path}.number`, 'required'),
        message: { sv: `Aktivitet ${i + 1} saknar nummer.`, en: `Activity ${i + 1} has no number.` },
      });
    else if (seen.has(a.number)) out.push(issue(`${path}.number`, 'activity.duplicate_number', { number: a.number }));
    seen.add(a.number);
    if (!a.title?.trim())
      out.push({
        ...issue(`${path}.title`, 'required'),
        message: {
          sv: `Aktivitet ${a.number || i + 1} saknar rubrik.`,
          en: `Activity ${a.number || i + 1} has no title.`,
        },
      });
    const s = date(a.start);
    const e = date(a.end);
    if (a.start && !s) out.push(issue(`${path}.start`, 'date.invalid'));
    if (a.end && !e) out.push(issue(`${path}.end`, 'date.invalid'));
    if (s && e && s > e) out.push(issue(`${path}.end`, 'activity.inverted', { number: a.number }));
    else if (s && e && period && !periodContainsPeriod(period, { start: s, end: e })) {
      out.push(issue(`${path}.end`, 'activity.outside_period', { number: a.number }));
    }
  });

  (c.budget ?? []).forEach((line, i) => {
    if (line.year === null) out.push(issue(`budget.${i}.year`, 'budget.year_missing', { n: i + 1 }));
    if (line.amountOre === null) out.push(issue(`budget.${i}.amountOre`, 'budget.amount_missing', { n: i + 1 }));
  });
  (c.financing ?? []).forEach((f, i) => {
    if (f.financierName.trim() === '')
      out.push(issue(`financing.${i}.financierName`, 'financing.name_missing', { n: i + 1 }));
    if (f.amountOre === null) out.push(issue(`financing.${i}.amountOre`, 'financing.amount_missing', { n: i + 1 }));
  });

  const totals = applicationTotals(c);
  if ((c.budget ?? []).length === 0) out.push(issue('budget', 'budget.none'));
  if (period) {
    const [y0, y1] = [Number(period.start.slice(0, 4)), Number(period.end.slice(0, 4))];
    for (const year of Object.keys(totals.budgetByYear).map(Number)) {
      if (year < y0 || year > y1) out.push(issue('budget', 'budget.year_outside_period', { year }));
    }
  }
  if ((c.budget ?? []).length > 0 && totals.financing !== totals.budget) {
    out.push(
      issue('financing', 'financing.mismatch', { financing: format(totals.financing), budget: format(totals.budget) }),
    );
  }
  if (totals.requested > totals.financing) {
    out.push(issue('requestedOre', 'requested.above_financing', { requested: format(totals.requested) }));
  }
  if (activities.some((a) => a.costOre != null) && totals.activities !== totals.budget) {
    out.push(
      issue(
        'activities',
        'activities.cost_mismatch',
        { activities: format(totals.activities), budget: format(totals.budget) },
        'warning',
      ),
    );
  }
  if (totals.budget > 0 && totals.requested > 0) {
    const shareBp = Math.ceil((totals.requested * 10_000) / totals.budget);
    const w = grantorShareWarning(basisPoints(Math.min(10_000, shareBp)));
    if (w) out.push({ path: 'requestedOre', code: w.code, severity: 'warning', message: w.message });
  }
  return out;
}

/**
 * The project owner named in the form must be the applying organisation itself. The numbers are compared as
 * organisation numbers, so "2021002874", "202100-2874" and "16202100-2874" are the same; a number that is
 * not one at all is `org_number.invalid`'s concern, not this check's.
 */
export function ownerOrgNumberIssues(c: ApplicationDraft, applicantOrgNumber: string | null): FieldIssue[] {
  const typed = c.ownerOrgNumber?.trim();
  if (!applicantOrgNumber || !typed || !parseOrgNumber(typed).ok || sameOrgNumber(typed, applicantOrgNumber)) return [];
  return [issue('ownerOrgNumber', 'owner.not_applicant', { orgNumber: applicantOrgNumber })];
}

/**
 * The checks about what has been typed, as opposed to what is still missing: an editor shows these beside
 * their field while the applicant types (a period that ends before it starts, an activity outside the
 * period), and the others once the applicant tries to submit.
 */
export const TYPED_VALUE_CHECKS: ReadonlySet<string> = new Set([
  'date.invalid',
  'period.inverted',
  'activity.duplicate_number',
  'activity.outside_period',
  'activity.inverted',
  'budget.year_outside_period',
  'owner.not_applicant',
]);

/**
 * Every code `validateApplicationForSubmit` and `ownerOrgNumberIssues` give: the checks a client can make itself
 * while the applicant types. A server's issue with another code (a required attachment missing, say) is one
 * only the server can find.
 */
export const APPLICATION_CHECK_CODES: ReadonlySet<string> = new Set([
  ...Object.keys(MESSAGES),
  'share.single_grantor_limit',
]);
