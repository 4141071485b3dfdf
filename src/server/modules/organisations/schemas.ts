import { z } from 'zod';
import { organizationType, role } from '../../db/schema/index.js';

/*
 * The zod schemas of the organisations module: they validate the input and make the OpenAPI document.
 * Free text never carries a NUL character (PostgreSQL cannot store it), so it is refused here with a 400.
 */

const noNul = (s: string) => !s.includes('\u0000');
export const text = (max: number) =>
  z.string().trim().max(max).refine(noNul, { message: 'must not contain NUL characters' });
export const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((s) => (s ? s : undefined));

export const email = z.string().trim().min(1).max(320).refine(noNul, { message: 'must not contain NUL characters' });

export const organizationTypes = z.enum(organizationType.enumValues);
export const roles = z.enum(role.enumValues);

export const organizationParams = z.object({ organizationId: z.uuid() });
export const requestParams = z.object({ organizationId: z.uuid(), requestId: z.uuid() });
export const memberParams = z.object({ organizationId: z.uuid(), userId: z.uuid() });

export const organizationView = z.object({
  id: z.uuid(),
  orgNumber: z.string().nullable(),
  name: z.string(),
  type: organizationTypes,
  postalAddress: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const myOrganizationView = z.object({
  organization: organizationView.nullable().describe('Null until the person has registered or joined one'),
  roles: z.array(roles).describe('My roles in that organisation'),
  pendingRequest: z
    .object({
      id: z.uuid(),
      organizationId: z.uuid(),
      organizationName: z.string(),
      message: z.string().nullable(),
      createdAt: z.string(),
    })
    .nullable()
    .describe('My request to join an organisation, while it waits for its administrator'),
});

export const lookupView = z.object({
  orgNumber: z.string().describe('Normalised: NNNNNN-NNNN'),
  registered: z.boolean(),
  organization: z
    .object({
      id: z.uuid(),
      name: z.string(),
      type: organizationTypes,
      hasMembers: z.boolean(),
      hasAdministrator: z.boolean().describe('Someone can accept a request to join'),
      funder: z.boolean().describe("A funder's own organisation: neither claimed nor joined"),
      claimable: z
        .boolean()
        .describe('Registered without members and not a funder: the first person may register it as theirs'),
    })
    .nullable(),
});

export const memberView = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  roles: z.array(roles),
  state: z.enum(['active', 'invited', 'unverified', 'deactivated']),
  lastSignedInAt: z.string().nullable(),
  version: z.number().int(),
});

export const joinRequestView = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  message: z.string().nullable(),
  createdAt: z.string(),
});
