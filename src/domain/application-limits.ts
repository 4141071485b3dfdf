/**
 * How long the application form's texts may be and how many rows its tables may hold
 * (docs/domain/life-of-a-grant.md, "2. Application"). The server's schema refuses more; the editor's inputs
 * carry the same numbers as `maxlength`, so that nobody types what would be refused.
 */
export const APPLICATION_TEXT_LIMITS = {
  projectName: 300,
  acronym: 40,
  ownerOrgNumber: 20,
  description: 20_000,
  purpose: 10_000,
  goals: 10_000,
  /** A date as yyyy-MM-dd. */
  date: 10,
  activityNumber: 10,
  activityTitle: 300,
  activityDescription: 10_000,
  financierName: 300,
  financierOrgNumber: 20,
  /** Each of the horizontal criteria's texts. */
  criterion: 10_000,
  sdgTarget: 10,
} as const;

export const APPLICATION_ROW_LIMITS = {
  activities: 500,
  budget: 500,
  financing: 100,
  municipalities: 300,
  sdgTargets: 50,
} as const;

/** The earliest and latest budget year a form takes. */
export const BUDGET_YEARS = { min: 2000, max: 2100 } as const;
