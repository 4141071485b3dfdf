import { describe, expect, it } from 'vitest';
import {
  APPLICATION_CHECK_CODES,
  applicationTotals,
  completeContentOf,
  formatSek,
  ownerOrgNumberIssues,
  parentActivityNumber,
  plannedActivitiesOf,
  TYPED_VALUE_CHECKS,
  validateApplicationForSubmit,
  type ApplicationContent,
  type ApplicationDraft,
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
const check = (c: ApplicationDraft) => validateApplicationForSubmit(c, formatSek);
const errors = (c: ApplicationDraft) => check(c).filter((i) => i.severity === 'error');

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

describe('a draft with unfinished rows', () => {
  const unfinished: ApplicationDraft = {
    ...complete,
    budget: [
      { category: 'staff', year: 2024, amountOre: 5_000_000_00 },
      { category: 'external_services', year: null, amountOre: 6_010_777_00 },
      { category: 'travel_accommodation', year: 2025, amountOre: null },
    ],
    financing: [
      { financierName: 'Tillväxtverket', amountOre: null, isPublic: true, isInKind: false },
      { financierName: ' ', amountOre: 11_010_777_00, isPublic: true, isInKind: false },
    ],
  };

  it('cannot be submitted: each missing year, amount and financier name is named at its field', () => {
    const issues = errors(unfinished);
    expect(issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['budget.1.year', 'budget.year_missing'],
        ['budget.2.amountOre', 'budget.amount_missing'],
        ['financing.0.amountOre', 'financing.amount_missing'],
        ['financing.1.financierName', 'financing.name_missing'],
      ]),
    );
    expect(issues.find((i) => i.path === 'budget.1.year')?.message).toEqual({
      sv: 'Budgetrad 2 saknar år.',
      en: 'Budget line 2 has no year.',
    });
  });

  it('counts what is filled in: a line without a year in the total but in no year, a missing amount as 0', () => {
    const t = applicationTotals(unfinished);
    expect(t.budget).toBe(11_010_777_00);
    expect(t.financing).toBe(11_010_777_00);
    expect(t.budgetByYear).toEqual({ 2024: 5_000_000_00, 2025: 0 });
  });

  it('keeps only complete rows as the application the rules read; a complete application is itself', () => {
    const c = completeContentOf(unfinished);
    expect(c.budget).toEqual([{ category: 'staff', year: 2024, amountOre: 5_000_000_00 }]);
    expect(c.financing).toEqual([]);
    expect(c.projectName).toBe(complete.projectName);
    expect(completeContentOf(complete)).toEqual(complete);
    expect(completeContentOf({})).toEqual({});
  });
});

describe('the project owner is the applying organisation', () => {
  it('accepts its number with or without hyphen and in the twelve-digit form', () => {
    for (const ownerOrgNumber of ['2321000222', '232100-0222', '16232100-0222'])
      expect(ownerOrgNumberIssues({ ownerOrgNumber }, '232100-0222')).toEqual([]);
  });

  it("refuses another organisation's number, saying which number it should be", () => {
    expect(ownerOrgNumberIssues({ ownerOrgNumber: '2021002874' }, '232100-0222')).toEqual([
      {
        path: 'ownerOrgNumber',
        code: 'owner.not_applicant',
        severity: 'error',
        message: {
          sv: 'Organisationsnumret ska vara er organisations, 232100-0222.',
          en: "The organisation number must be your organisation's, 232100-0222.",
        },
      },
    ]);
  });

  it('leaves a missing or malformed number, or an unknown applicant number, to the other checks', () => {
    expect(ownerOrgNumberIssues({}, '232100-0222')).toEqual([]);
    expect(ownerOrgNumberIssues({ ownerOrgNumber: '20210' }, '232100-0222')).toEqual([]);
    expect(ownerOrgNumberIssues({ ownerOrgNumber: '2021002874' }, null)).toEqual([]);
  });
});

describe('which checks are about typed values', () => {
  it('counts an inverted period or an activity outside it, not a field still empty', () => {
    const activities = [{ number: '1', title: 'A', start: '2023-01-01', end: '2023-03-01', costOre: 0 }];
    const typed = check({ periodStart: '2025-01-01', periodEnd: '2024-01-01', activities })
      .filter((i) => TYPED_VALUE_CHECKS.has(i.code))
      .map((i) => i.code);
    expect(typed).toEqual(['period.inverted']);
    const outside = check({ ...complete, activities }).filter((i) => TYPED_VALUE_CHECKS.has(i.code));
    expect(outside.map((i) => [i.path, i.code])).toEqual([['activities.0.end', 'activity.outside_period']]);
    expect(check({}).filter((i) => TYPED_VALUE_CHECKS.has(i.code))).toEqual([]);
  });

  it('are all among the checks a client can make itself, as is every code the checks give', () => {
    for (const code of TYPED_VALUE_CHECKS) expect(APPLICATION_CHECK_CODES.has(code)).toBe(true);
    const anything: ApplicationDraft = {
      ...complete,
      ownerOrgNumber: '232100-0223',
      periodStart: '2024-13-01',
      requestedOre: 11_000_000_00,
      budget: [{ category: 'staff', year: null, amountOre: null }],
      financing: [{ financierName: '', amountOre: null, isPublic: true, isInKind: false }],
    };
    const codes = [...check(anything), ...check({}), ...ownerOrgNumberIssues(complete, '202100-2874')].map(
      (i) => i.code,
    );
    for (const code of codes) expect(APPLICATION_CHECK_CODES.has(code), code).toBe(true);
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
