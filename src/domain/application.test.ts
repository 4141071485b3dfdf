import { describe, expect, it } from 'vitest';
import {
  applicationTotals,
  formatSek,
  parentActivityNumber,
  plannedActivitiesOf,
  validateApplicationForSubmit,
  type ApplicationContent,
} from './index.js';

const complete: ApplicationContent = {
  projectName: 'Digitala Västerbotten i samverkan',
  acronym: 'DVIS',
  ownerOrgNumber: '232100-0222',
  description: 'Kommunernas digitalisering genom samverkan.',
  purpose: 'Lyfta kompetens och kapacitet.',
  goals: 'En gemensam grundnivå för digitalisering.',
  periodStart: '2024-02-01',
  periodEnd: '2027-01-31',
  requestedOre: 5_505_389_00,
  activities: [
    { number: '1', title: 'Uppstart', start: '2024-02-01', end: '2024-06-30', costOre: 1_010_777_00 },
    { number: '2', title: 'Genomförande', start: '2024-07-01', end: '2027-01-31', costOre: 10_000_000_00 },
  ],
  budget: [
    { category: 'staff', year: 2024, amountOre: 5_000_000_00 },
    { category: 'external_services', year: 2025, amountOre: 6_010_777_00 },
  ],
  financing: [
    {
      financierName: 'Region Västerbotten, regionala utvecklingsnämnden',
      amountOre: 5_505_389_00,
      isPublic: true,
      isInKind: false,
    },
    {
      financierName: 'Tillväxtverket',
      orgNumber: '202100-5026',
      amountOre: 5_505_388_00,
      isPublic: true,
      isInKind: false,
    },
  ],
};
const check = (c: ApplicationContent) => validateApplicationForSubmit(c, formatSek);
const errors = (c: ApplicationContent) => check(c).filter((i) => i.severity === 'error');

describe('submitting an application', () => {
  it('accepts a complete application (DVIS figures)', () => {
    expect(errors(complete)).toEqual([]);
  });

  it('names every missing required field, in Swedish and English', () => {
    const issues = errors({});
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        'projectName',
        'ownerOrgNumber',
        'description',
        'purpose',
        'goals',
        'periodStart',
        'periodEnd',
        'requestedOre',
        'activities',
        'budget',
      ]),
    );
    expect(issues.find((i) => i.path === 'projectName')?.message).toEqual({
      sv: 'Projektnamn måste fyllas i.',
      en: 'Project name is required.',
    });
  });

  it('refuses an organisation number with a wrong check digit, saying which digit', () => {
    const issue = errors({ ...complete, ownerOrgNumber: '232100-0223' }).find((i) => i.path === 'ownerOrgNumber');
    expect(issue?.message.sv).toContain('2');
    expect(issue?.code).toBe('org_number.invalid');
  });

  it.each([
    [{ periodStart: '2027-02-01' }, 'periodEnd', 'period.inverted'],
    [{ periodStart: '2024-02-30' }, 'periodStart', 'date.invalid'],
  ])('checks the project period: %o', (change, path, code) => {
    expect(errors({ ...complete, ...change }).map((i) => [i.path, i.code])).toContainEqual([path, code]);
  });

  it('points at the activity that lies outside the period, or ends before it starts, or repeats a number', () => {
    const activities = [
      { number: '1', title: 'A', start: '2024-01-01', end: '2024-03-01', costOre: 0 },
      { number: '2', title: 'B', start: '2025-01-01', end: '2024-12-01', costOre: 0 },
      { number: '2', title: '', start: '2025-01-01', end: '2025-02-01', costOre: 0 },
    ];
    const issues = errors({ ...complete, activities }).map((i) => [i.path, i.code]);
    expect(issues).toContainEqual(['activities.0.end', 'activity.outside_period']);
    expect(issues).toContainEqual(['activities.1.end', 'activity.inverted']);
    expect(issues).toContainEqual(['activities.2.number', 'activity.duplicate_number']);
    expect(issues).toContainEqual(['activities.2.title', 'required']);
  });

  it('requires the financing plan to cover the budget exactly, saying both totals', () => {
    const financing = [
      { financierName: 'Region Västerbotten', amountOre: 5_505_389_00, isPublic: true, isInKind: false },
    ];
    const issue = errors({ ...complete, financing }).find((i) => i.code === 'financing.mismatch');
    expect(issue?.message.sv.replace(/\u00a0/g, ' ')).toBe(
      'Finansieringen (5 505 389 kr) är inte lika med budgeten (11 010 777 kr).',
    );
  });

  it('refuses budget years outside the period', () => {
    const budget = [...complete.budget!, { category: 'travel_accommodation' as const, year: 2028, amountOre: 0 }];
    expect(errors({ ...complete, budget }).map((i) => i.code)).toContain('budget.year_outside_period');
  });

  it('warns, without blocking, when the activities cost differs from the budget or one grantor pays over half', () => {
    const activities = [{ number: '1', title: 'A', start: '2024-02-01', end: '2024-03-01', costOre: 1 }];
    const issues = check({
      ...complete,
      activities,
      requestedOre: 6_000_000_00,
      financing: [{ financierName: 'X', amountOre: 11_010_777_00, isPublic: true, isInKind: false }],
    });
    expect(
      issues
        .filter((i) => i.severity === 'warning')
        .map((i) => i.code)
        .sort(),
    ).toEqual(['activities.cost_mismatch', 'share.single_grantor_limit']);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('live totals of the application editor', () => {
  it('sums budget, financing, activities and years; project income reduces costs', () => {
    const t = applicationTotals({
      ...complete,
      budget: [...complete.budget!, { category: 'project_income', year: 2025, amountOre: 10_777_00 }],
    });
    expect(t.budget).toBe(11_000_000_00);
    expect(t.financing).toBe(11_010_777_00);
    expect(t.activities).toBe(11_010_777_00);
    expect(t.budgetByYear).toEqual({ 2024: 5_000_000_00, 2025: 6_000_000_00 });
  });

  it('treats an empty draft as zeros', () => {
    expect(applicationTotals({})).toEqual({ budget: 0, financing: 0, activities: 0, requested: 0, budgetByYear: {} });
  });
});

describe('the applied activity plan as the rules see it', () => {
  it('keeps number, title, dates and cost; a blank or malformed date is unknown, a blank cost is not 0', () => {
    const plan = plannedActivitiesOf({
      activities: [
        { number: '1', title: 'Förstudie', start: '2027-01-01', end: '2027-06-30', costOre: 150_000_00 },
        { number: '1.1', title: 'Intervjuer', start: '2027-02-30', costOre: null },
      ],
    });
    expect(plan).toEqual([
      { number: '1', title: 'Förstudie', start: '2027-01-01', end: '2027-06-30', cost: 150_000_00 },
      { number: '1.1', title: 'Intervjuer', start: null, end: null, cost: null },
    ]);
    expect(plannedActivitiesOf({})).toEqual([]);
  });

  it('finds the parent of a sub-activity as the part before the last dot', () => {
    expect(['4', '4.1', '4.1.2', '.5', '10.12'].map(parentActivityNumber)).toEqual([null, '4', '4.1', null, '10']);
  });
});
