import { z } from 'zod';
import { organizationType, role } from '../../db/schema/index.js';

/*
 * The zod shapes of the funder routes. Lengths here only stop absurd input (the 400 of a malformed
 * request); the use cases check meaning and answer 422 with each problem linked to its field.
 */

/** Text without NUL characters (PostgreSQL cannot store them), at most `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !s.includes('\u0000'), { message: 'must not contain NUL characters' });

export const optionalText = (max: number) => text(max).nullable();

/** Whole öre, never negative, exact in JavaScript. */
export const ore = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A calendar year of a budget or a programme. */
export const year = z.number().int().min(1900).max(2200);

export const funderParams = z.object({ funderId: z.uuid() });

export const myFundersView = z.object({
  items: z.array(
    z.object({ id: z.uuid(), name: z.string(), committee: z.string(), roles: z.array(z.enum(role.enumValues)) }),
  ),
});

export const organizationTypes = z.enum(organizationType.enumValues);

export const newFunderBody = z.object({
  name: text(400),
  orgNumber: text(40),
  committeeName: text(400),
  diaryNumberFormat: text(200),
  organizationType: organizationTypes.optional(),
});

const settingsFields = {
  name: text(400),
  orgNumber: text(40),
  postalAddress: optionalText(600),
  phone: optionalText(100),
  email: optionalText(400),
  website: optionalText(400),
  committeeName: text(400),
  diaryNumberFormat: text(200),
  delegationLimitOre: ore.nullable(),
  standardConditions: optionalText(40_000),
  defaultContactUserId: z.uuid().nullable(),
  appealNotice: optionalText(40_000),
  contact: optionalText(40_000),
  /** 'down' (default): a grant never exceeds "högst N procent"; 'half_up': up to the rounded krona, as a warning. Omitted: unchanged. */
  shareCapRounding: z.enum(['down', 'half_up']).optional(),
};

export const settingsBody = z.object({ version: z.number().int().min(1), ...settingsFields });

export const settingsView = z.object({
  funderId: z.uuid(),
  version: z.number(),
  name: z.string(),
  orgNumber: z.string(),
  postalAddress: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  committeeName: z.string(),
  diaryNumberFormat: z.string(),
  delegationLimitOre: z.number().nullable(),
  standardConditions: z.string().nullable(),
  defaultContactUserId: z.uuid().nullable(),
  appealNotice: z.string().nullable(),
  contact: z.string().nullable(),
  shareCapRounding: z.enum(['down', 'half_up']),
  /** The diary number the next case registered this year would get, and its year and sequence number. */
  nextDiaryNumber: z.string().nullable(),
  diaryYear: z.number(),
  nextDiarySequence: z.number(),
  /** The people who may be named as the default contact: the funder's active staff. */
  contactPeople: z.array(z.object({ id: z.uuid(), displayName: z.string(), email: z.string() })),
});

export const settingsVersionsView = z.object({
  items: z.array(
    z.object({
      version: z.number(),
      changedAt: z.string(),
      changedBy: z.string().nullable(),
      /** The settings that differ from the version before (empty for the first). */
      changed: z.array(z.string()),
      settings: z.record(z.string(), z.unknown()),
    }),
  ),
});
