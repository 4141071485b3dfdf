import { z } from 'zod';
import { isTelephoneNumber, normaliseTelephoneNumber } from '../../../domain/index.js';
import { role } from '../../db/schema/index.js';
import { CAPACITY_MAX_LENGTH, FUNDER_ROLES } from './staff-roles.js';

// Control characters (NUL above all, which PostgreSQL refuses in text) have no place in a name or address.
const hasControl = (s: string) => [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** One line of text: trimmed, at most `max` characters, no control characters. */
export const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !hasControl(s), { message: 'Control characters are not allowed' });

/** A telephone number as printed on letters; blank clears it. */
export const phoneField = line(40)
  .transform(normaliseTelephoneNumber)
  .refine((s) => s === null || isTelephoneNumber(s), {
    message: 'Ett telefonnummer med siffror, mellanslag och bindestreck, t.ex. 090-785 00 00 / a telephone number',
  })
  .describe('Telefon, t.ex. "090-785 00 00" / telephone');

export const emailField = line(320).pipe(z.string().min(1)).describe('E-postadress / e-mail address');

export const roleInput = z.object({
  role: z.enum(FUNDER_ROLES),
  capacity: line(CAPACITY_MAX_LENGTH)
    .nullish()
    .describe('Beslutsfattarens egenskap, krävs för decision_maker / the capacity, required for decision_maker'),
});

export const funderUserParams = z.object({ funderId: z.uuid(), userId: z.uuid() });
export const funderParams = z.object({ funderId: z.uuid() });
export const versionBody = z.object({ version: z.number().int().min(1).max(2_147_483_647) });

export const staffMember = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  lastSignedInAt: z.string().nullable(),
  version: z.number().int(),
  roles: z.array(z.object({ role: z.enum(role.enumValues), capacity: z.string().nullable() })),
  invitation: z
    .object({ state: z.enum(['accepted', 'pending', 'expired']), expiresAt: z.string().nullable() })
    .describe('accepted, pending until expiresAt, or expired / inbjudans läge'),
});
