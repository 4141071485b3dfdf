import { z } from 'zod';
import { COST_CATEGORIES } from '../../../domain/index.js';

const money = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe('öre');
const text = (max: number) => z.string().max(max);

/**
 * The application form over HTTP. Drafts may be incomplete, so fields are optional here; what must hold
 * before submit is the domain's `validateApplicationForSubmit`. Sizes are bounded so that nobody can
 * store megabytes through a form.
 */
export const applicationContent = z
  .object({
    projectName: text(300).optional(),
    acronym: text(40).nullable().optional(),
    ownerOrgNumber: text(20).optional(),
    description: text(20_000).optional(),
    purpose: text(10_000).optional(),
    goals: text(10_000).optional(),
    periodStart: text(10).optional(),
    periodEnd: text(10).optional(),
    municipalities: z
      .array(z.string().regex(/^\d{4}$/, 'kommunkod med fyra siffror / four-digit municipality code'))
      .max(300)
      .optional(),
    requestedOre: money.optional(),
    activities: z
      .array(
        z.object({
          number: text(10),
          title: text(300),
          description: text(10_000).optional(),
          start: text(10).optional(),
          end: text(10).optional(),
          costOre: money.nullable().optional(),
        }),
      )
      .max(500)
      .optional(),
    budget: z
      .array(
        z.object({ category: z.enum(COST_CATEGORIES), year: z.number().int().min(2000).max(2100), amountOre: money }),
      )
      .max(500)
      .optional(),
    financing: z
      .array(
        z.object({
          financierName: text(300).min(1),
          orgNumber: text(20).nullable().optional(),
          amountOre: money,
          isPublic: z.boolean(),
          isInKind: z.boolean(),
        }),
      )
      .max(100)
      .optional(),
    horizontalCriteria: z
      .object({
        genderEquality: text(10_000).optional(),
        equality: text(10_000).optional(),
        environment: text(10_000).optional(),
      })
      .optional(),
    sdgTargets: z.array(text(10)).max(50).optional(),
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
  content: applicationContent,
  issues: z.array(fieldIssue).describe('Regelkontroller just nu / the rule checks right now'),
  totals: z.object({ budget: money, financing: money, activities: money, requested: money }),
  submittedAt: z.string().nullable(),
  call: z
    .object({ id: z.uuid(), title: z.string(), opensAt: z.string(), closesAt: z.string() })
    .nullable()
    .describe('Utlysningen ansökan görs till; null utanför utlysningar / the call applied to, null outside calls'),
});
