import { parseOrgNumber, type Clock } from '../../../../domain/index.js';
import type { Actor } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import { AppError } from '../../../errors.js';
import { acceptablePasswordHash } from '../../auth/password-policy.js';
import type { Role } from '../../auth/principal.js';
import { checkedStaffRoles, isFunderRole } from '../staff-roles.js';
import { findOrganizationByNumber, listFundersWithOrganization } from '../users.repository.js';
import { checkedIdentity, createUser } from './create-user.js';
import { inviteUser } from './invite-user.js';

/** The roles `bidra users add` gives: a funder's staff roles, and an applicant of an organisation. */
export const ADDABLE_ROLES = [
  'administrator',
  'case_officer',
  'decision_maker',
  'finance_officer',
  'communications',
  'applicant',
] as const satisfies readonly Role[];
export type AddableRole = (typeof ADDABLE_ROLES)[number];

export interface AddUserInput {
  email: string;
  displayName: string;
  role: AddableRole;
  capacity?: string;
  title?: string;
  /** Organisation number of the funder a staff role is for; the only funder when left out. */
  funder?: string;
  /** Organisation number of the applicant's organisation. */
  organization?: string;
  /** The password as given on standard input; without it the person gets an invitation link. */
  password?: string;
  publicUrl: string;
}

export type AddUserResult =
  | { kind: 'created'; userId: string; organization: string | null; installationAdmin: boolean }
  | {
      kind: 'invited';
      userId: string;
      organization: string | null;
      installationAdmin: boolean;
      link: string;
      expiresAt: Date;
    };

/**
 * A mistake in how the command was called (a missing or contradictory option), as opposed to a refusal
 * by the rules: the command line answers it with exit code 2 and the usage.
 */
export class UsageProblem extends AppError {
  constructor(sv: string, en: string) {
    super('cli.usage', 400, { sv, en });
  }
}

function orgNumber(option: string, value: string): string {
  const parsed = parseOrgNumber(value);
  if (!parsed.ok) {
    throw new UsageProblem(
      `${option} ska vara ett organisationsnummer som 232100-0222, inte "${value}".`,
      `${option} must be an organisation number such as 232100-0222, not "${value}".`,
    );
  }
  return parsed.value;
}

interface Placement {
  organizationId: string | null;
  organizationName: string | null;
  installationAdmin: boolean;
}

/** Where the new user belongs: a funder (named or the only one), an applicant organisation, or nowhere yet. */
async function placementOf(db: Db, input: AddUserInput): Promise<Placement> {
  if (input.role === 'applicant') {
    if (input.funder)
      throw new UsageProblem('--funder gäller personal, inte sökande.', '--funder is for staff, not applicants.');
    if (!input.organization) {
      throw new UsageProblem(
        'En sökande behöver --organization med organisationens nummer.',
        "An applicant needs --organization with the organisation's number.",
      );
    }
    const number = orgNumber('--organization', input.organization);
    const org = await findOrganizationByNumber(db, number);
    if (!org) {
      throw new AppError('organization.not_found', 404, {
        sv: `Det finns ingen organisation med nummer ${number}. Den registreras när någon från den skapar ett konto.`,
        en: `There is no organisation with number ${number}. It is registered when someone from it signs up.`,
      });
    }
    return { organizationId: org.id, organizationName: org.name, installationAdmin: false };
  }
  if (input.organization) {
    throw new UsageProblem(
      '--organization gäller sökande; personal hör till en stödgivare (--funder).',
      '--organization is for applicants; staff belong to a funder (--funder).',
    );
  }
  const funders = await listFundersWithOrganization(db);
  if (funders.length === 0) {
    if (input.funder) {
      throw new AppError('funder.not_found', 404, {
        sv: `Det finns ingen stödgivare ännu, alltså inte heller ${input.funder}.`,
        en: `There is no funder yet, so not ${input.funder} either.`,
      });
    }
    if (input.role !== 'administrator') {
      throw new AppError('funder.none', 409, {
        sv: 'Det finns ingen stödgivare ännu. Skapa först en administratör (--role administrator), logga in och skapa stödgivaren under Administration.',
        en: 'There is no funder yet. First create an administrator (--role administrator), sign in and create the funder under Administration.',
      });
    }
    // The first administrator of an empty installation: no organisation and no roles until they create the funder.
    return { organizationId: null, organizationName: null, installationAdmin: true };
  }
  const list = funders.map((f) => `${f.orgNumber ?? '–'} ${f.name}`).join('\n  ');
  if (!input.funder) {
    if (funders.length === 1) {
      return {
        organizationId: funders[0]!.organizationId,
        organizationName: funders[0]!.name,
        installationAdmin: false,
      };
    }
    throw new UsageProblem(
      `Det finns flera stödgivare; ange vilken med --funder:\n  ${list}`,
      `There are several funders; say which with --funder:\n  ${list}`,
    );
  }
  const number = orgNumber('--funder', input.funder);
  const funder = funders.find((f) => f.orgNumber === number);
  if (!funder) {
    throw new AppError('funder.not_found', 404, {
      sv: `Det finns ingen stödgivare med organisationsnummer ${number}. Stödgivarna är:\n  ${list}`,
      en: `There is no funder with organisation number ${number}. The funders are:\n  ${list}`,
    });
  }
  return { organizationId: funder.organizationId, organizationName: funder.name, installationAdmin: false };
}

/**
 * `bidra users add`: an operator creates a user at the command line. With a password (standard input)
 * the account is ready and counts as verified (the operator vouches for the address); without one the
 * person gets an invitation link. On an installation without a funder, an administrator becomes the
 * installation's first administrator, who signs in and creates the funder.
 */
export async function addUser(db: Db, clock: Clock, actor: Actor, input: AddUserInput): Promise<AddUserResult> {
  if (input.capacity !== undefined && input.role !== 'decision_maker') {
    throw new UsageProblem(
      '--capacity gäller bara beslutsfattare (decision_maker).',
      '--capacity is for decision makers (decision_maker) only.',
    );
  }
  if (input.role === 'decision_maker' && !input.capacity?.trim()) {
    throw new UsageProblem(
      'En beslutsfattare behöver --capacity, t.ex. --capacity "ordförande i regionala utvecklingsnämnden" (skrivs ut på besluten).',
      'A decision maker needs --capacity, e.g. --capacity "chair of the regional development committee" (printed on decisions).',
    );
  }
  const identity = checkedIdentity(input);
  const place = await placementOf(db, input);
  const roles = place.installationAdmin
    ? []
    : isFunderRole(input.role)
      ? checkedStaffRoles([{ role: input.role, capacity: input.capacity ?? null }])
      : [{ role: input.role, capacity: null }];
  const grants = roles.map((r) => ({ ...r, organizationId: place.organizationId! }));
  const summary = { organization: place.organizationName, installationAdmin: place.installationAdmin };
  if (input.password !== undefined) {
    const passwordHash = await acceptablePasswordHash(input.password, [identity.email, identity.displayName]);
    const user = await db.transaction((tx) =>
      createUser(tx, clock, actor, {
        ...identity,
        title: input.title ?? null,
        organizationId: place.organizationId,
        roles: grants,
        passwordHash,
        verified: true,
        installationAdmin: place.installationAdmin,
      }),
    );
    return { kind: 'created', userId: user.id, ...summary };
  }
  const invited = await db.transaction((tx) =>
    inviteUser(tx, clock, actor, {
      ...identity,
      title: input.title ?? null,
      organizationId: place.organizationId,
      organizationName: place.organizationName,
      roles: grants,
      installationAdmin: place.installationAdmin,
      publicUrl: input.publicUrl,
    }),
  );
  return { kind: 'invited', userId: invited.userId, link: invited.link, expiresAt: invited.expiresAt, ...summary };
}
