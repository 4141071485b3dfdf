import { z } from 'zod';
import { ORGANIZATION_TYPES } from '../../../domain/calls.js';

/** Text from a form: bounded, and without NUL characters (which PostgreSQL cannot store in text). */
export const plainText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !s.includes('\u0000'), {
      message: 'får inte innehålla NUL-tecken / must not contain NUL characters',
    });

const instant = z.iso
  .datetime({ offset: true })
  .describe('ISO 8601 med tidszon, t.ex. 2027-03-31T23:59:00+02:00 / ISO 8601 with an offset');

const organizationTypes = z
  .array(z.enum(ORGANIZATION_TYPES))
  .max(ORGANIZATION_TYPES.length)
  .refine((a) => new Set(a).size === a.length, { message: 'finns två gånger / appears twice' })
  .describe('Vilka som får söka; tom lista = alla / who may apply; empty = everyone');

export const requiredAttachmentInput = z.object({
  key: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'små bokstäver, siffror och bindestreck / lower-case letters, digits, hyphens')
    .optional()
    .describe(
      'Behåll nyckeln för en befintlig bilaga; utelämna för en ny / keep for an existing row, omit for a new one',
    ),
  title: plainText(200),
  description: plainText(2000).nullable().optional(),
});

/** What an administrator sets on a call (create and update). */
export const callInput = z
  .object({
    title: plainText(300).refine((s) => s.trim().length > 0, { message: 'saknas / is required' }),
    description: plainText(20_000).default(''),
    eligibleOrganizationTypes: organizationTypes.default([]),
    opensAt: instant,
    closesAt: instant,
    budgetOre: z
      .number()
      .int()
      .min(Number.MIN_SAFE_INTEGER)
      .max(Number.MAX_SAFE_INTEGER)
      .nullable()
      .default(null)
      .describe('öre; null = ingen angiven budget / no budget stated'),
    appropriationId: z.uuid().nullable().default(null),
    priorityIds: z.array(z.uuid()).max(100).default([]),
    requiredAttachments: z.array(requiredAttachmentInput).max(30).default([]),
  })
  .strict();
export type CallInput = z.infer<typeof callInput>;

export const callParams = z.object({ callId: z.uuid() });
export const funderParams = z.object({ funderId: z.uuid() });

const priorityRef = z.object({ id: z.uuid(), code: z.string(), title: z.string() });
const requiredAttachment = z.object({ key: z.string(), title: z.string(), description: z.string().nullable() });
export const callPhase = z.enum(['draft', 'upcoming', 'open', 'closed']);

/** A call as its funder's staff see it. */
export const callView = z.object({
  id: z.uuid(),
  funderId: z.uuid(),
  title: z.string(),
  description: z.string(),
  eligibleOrganizationTypes: z.array(z.enum(ORGANIZATION_TYPES)),
  opensAt: z.string(),
  closesAt: z.string(),
  budgetOre: z.number().int().nullable(),
  appropriationId: z.uuid().nullable(),
  priorities: z.array(priorityRef),
  requiredAttachments: z.array(requiredAttachment),
  status: z.enum(['draft', 'published']),
  phase: callPhase,
  publishedAt: z.string().nullable(),
  version: z.number().int().describe('Skicka med vid nästa ändring / send with the next change (409 if stale)'),
  applicationCount: z.number().int().describe('Inskickade ansökningar / submitted applications'),
  draftCount: z.number().int().describe('Påbörjade utkast / drafts being written'),
  canEdit: z.boolean().describe('Om den inloggade får ändra / whether the caller may change it'),
});
export type CallView = z.infer<typeof callView>;

/** A published call as everyone sees it. */
export const publicCallView = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  funder: z.object({ id: z.uuid(), name: z.string(), committee: z.string() }),
  opensAt: z.string(),
  closesAt: z.string(),
  phase: z.enum(['upcoming', 'open', 'closed']),
  budgetOre: z.number().int().nullable().describe('öre'),
  priorities: z.array(priorityRef.omit({ id: true })),
  eligibleOrganizationTypes: z.array(z.enum(ORGANIZATION_TYPES)).describe('tom = alla / empty = everyone'),
  requiredAttachments: z.array(requiredAttachment),
});
export type PublicCallView = z.infer<typeof publicCallView>;
