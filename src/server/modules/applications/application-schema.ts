import { z } from 'zod';
import {
  APPLICATION_ROW_LIMITS as ROWS,
  APPLICATION_TEXT_LIMITS as TEXT,
  BUDGET_YEARS,
  COST_CATEGORIES,
} from '../../../domain/index.js';

const money = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe('öre');
const text = (max: number) => z.string().max(max);
const year = z.number().int().min(BUDGET_YEARS.min).max(BUDGET_YEARS.max);

const budgetLine = z.object({ category: z.enum(COST_CATEGORIES), year, amountOre: money });
const financier = z.object({
  financierName: text(TEXT.financierName).min(1),
  orgNumber: text(TEXT.financierOrgNumber).nullable().optional(),
  amountOre: money,
  isPublic: z.boolean(),
  isInKind: z.boolean(),
});

/**
 * The application form over HTTP. Drafts may be incomplete, so fields are optional here; what must hold
 * before submit is the domain's `validateApplicationForSubmit`. Sizes are bounded (the domain's
 * APPLICATION_TEXT_LIMITS, which the editor's inputs carry too) so that nobody can store megabytes through a
 * form. This is the application with complete rows: as submitted, and as the rules read a draft.
 */
export const applicationContent = z
  .object({
    projectName: text(TEXT.projectName).optional(),
    acronym: text(TEXT.acronym).nullable().optional(),
    ownerOrgNumber: text(TEXT.ownerOrgNumber).optional(),
    description: text(TEXT.description).optional(),
    purpose: text(TEXT.purpose).optional(),
    goals: text(TEXT.goals).optional(),
    periodStart: text(TEXT.date).optional(),
    periodEnd: text(TEXT.date).optional(),
    municipalities: z
      .array(z.string().regex(/^\d{4}$/, 'kommunkod med fyra siffror / four-digit municipality code'))
      .max(ROWS.municipalities)
      .optional(),
    requestedOre: money.optional(),
    activities: z
      .array(
        z.object({
          number: text(TEXT.activityNumber),
          title: text(TEXT.activityTitle),
          description: text(TEXT.activityDescription).optional(),
          start: text(TEXT.date).optional(),
          end: text(TEXT.date).optional(),
          costOre: money.nullable().optional(),
        }),
      )
      .max(ROWS.activities)
      .optional(),
    budget: z.array(budgetLine).max(ROWS.budget).optional(),
    financing: z.array(financier).max(ROWS.financing).optional(),
    horizontalCriteria: z
      .object({
        genderEquality: text(TEXT.criterion).optional(),
        equality: text(TEXT.criterion).optional(),
        environment: text(TEXT.criterion).optional(),
      })
      .optional(),
    sdgTargets: z.array(text(TEXT.sdgTarget)).max(ROWS.sdgTargets).optional(),
  })
  .strict();

/**
 * The form as a draft is saved (the domain's ApplicationDraft): as above, except that a budget line may lack
 * its year or amount and a financier its name or amount (null, or an empty name), so that a draft keeps every
 * row typed so far. Submit requires them all.
 */
export const applicationDraftContent = applicationContent
  .extend({
    budget: z
      .array(budgetLine.extend({ year: year.nullable(), amountOre: money.nullable() }))
      .max(ROWS.budget)
      .optional(),
    financing: z
      .array(financier.extend({ financierName: text(TEXT.financierName), amountOre: money.nullable() }))
      .max(ROWS.financing)
      .optional(),
  })
  .strict();

export const fieldIssue = z.object({
  path: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.object({ sv: z.string(), en: z.string() }),
});

export const applicationView = z.object({
  caseId: z.uuid(),
  funderId: z.uuid(),
  status: z.string(),
  diaryNumber: z.string().nullable(),
  version: z.number().int().describe('Skicka med vid nästa ändring / send with the next change (409 if stale)'),
  content: applicationContent.describe(
    'Ansökan med fullständiga rader: den inskickade, eller utkastets rader som har allt ifyllt / the application with complete rows: as submitted, or the draft’s complete rows',
  ),
  draft: applicationDraftContent.describe(
    'Ansökan som den senast sparades, med rader som inte är ifyllda än / the application as last saved, rows not filled in yet included',
  ),
  applicant: z
    .object({ name: z.string(), orgNumber: z.string().nullable() })
    .describe('Den sökande organisationen / the applying organisation'),
  issues: z
    .array(fieldIssue)
    .describe(
      'Kontrollerna vid inskickning, som de utfaller nu / the checks made on submit, as they turn out now (bilagor, projektägare / attachments, project owner included)',
    ),
  totals: z.object({ budget: money, financing: money, activities: money, requested: money }),
  submittedAt: z.string().nullable(),
  call: z
    .object({ id: z.uuid(), title: z.string(), opensAt: z.string(), closesAt: z.string() })
    .nullable()
    .describe('Utlysningen ansökan görs till; null utanför utlysningar / the call applied to, null outside calls'),
});
