import { z } from 'zod';
import { organizationType, role } from '../../db/schema/index.js';
import { APPEAL_KINDS, type AppealKind } from './funder-settings.js';

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

/** One entry per decision kind (grant, reject, amend, withdraw, recover, close). */
const perAppealKind = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(APPEAL_KINDS.map((k) => [k, value])) as Record<AppealKind, T>);

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
  /** How refunds and recoveries are paid to the funder, as letters print it. Omitted: unchanged. */
  paymentDetails: optionalText(4_000).optional(),
  /**
   * The appeal notice per decision kind; a kind left out, null or blank prints the letter's default for
   * it. Omitted: unchanged (unless `appealNotice` is given).
   */
  appealNotices: perAppealKind(optionalText(40_000).optional()).strict().optional(),
  /**
   * Deprecated (use `appealNotices`): one notice for grants, amendments and rejections; null clears
   * theirs. Ignored when `appealNotices` is given.
   */
  appealNotice: optionalText(40_000).optional(),
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
  paymentDetails: z.string().nullable(),
  /** The funder's appeal notice per decision kind; null = the letter's default (`defaultAppealNotices`). */
  appealNotices: perAppealKind(z.string().nullable()),
  /** What a letter prints for each kind when neither the decision nor the funder gives a notice. */
  defaultAppealNotices: perAppealKind(z.string()),
  /** Deprecated: the grant's notice (else amendment's or rejection's), as the single setting used to be. */
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
