import type { Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import type { Organization } from '../../../db/schema/index.js';
import { isValidEmailAddress } from '../../../mail/outbox.js';
import type { Principal } from '../../auth/principal.js';
import {
  countAdministrators,
  countMembers,
  fillContactDetails,
  findOrganizationByNumber,
  grantRoles,
  hasApplicantHistory,
  insertOrganization,
  isFunderOrganization,
  lockOrganization,
  lockUser,
  setUserOrganization,
} from '../organisations.repository.js';
import { deleteJoinRequest, pendingRequestOf } from '../join-requests.repository.js';
import {
  checkedOrgNumber,
  fieldProblem,
  organisationNotFound,
  requireNoOrganisation,
} from '../organisations.policy.js';
import type { lookupView } from '../schemas.js';
import type { z } from 'zod';

type OrganizationType = Organization['type'];

/** What a signed-in person finds out about an organisation number before registering or asking to join. */
export async function lookupOrganisation(db: Executor, input: string): Promise<z.infer<typeof lookupView>> {
  const orgNumber = checkedOrgNumber(input);
  const found = await findOrganizationByNumber(db, orgNumber);
  if (!found) return { orgNumber, registered: false, organization: null };
  const members = await countMembers(db, found.id);
  const funder = await isFunderOrganization(db, found.id);
  const history = members === 0 && !funder && (await hasApplicantHistory(db, found.id));
  return {
    orgNumber,
    registered: true,
    organization: {
      id: found.id,
      name: found.name,
      type: found.type,
      hasMembers: members > 0,
      hasAdministrator: (await countAdministrators(db, found.id)) > 0,
      funder,
      claimable: members === 0 && !funder && !history,
    },
  };
}

export interface RegisterOrganisationInput {
  orgNumber: string;
  name?: string;
  type: OrganizationType;
  postalAddress?: string;
  email?: string;
  phone?: string;
}

const registeredAlready = (name: string) =>
  fieldProblem('organization.registered', 409, 'orgNumber', {
    sv: `Organisationsnumret är redan registrerat i Bidra för ${name}. Be om att få gå med i organisationen i stället.`,
    en: `The organisation number is already registered in Bidra for ${name}. Ask to join the organisation instead.`,
  });
const hasHistory = (name: string) =>
  fieldProblem('organization.has_history', 409, 'orgNumber', {
    sv: `${name} har redan ärenden hos en stödgivare i Bidra och kan därför inte tas över här. Kontakta stödgivaren: dess administratör kan bjuda in dig som organisationens administratör.`,
    en: `${name} already has cases with a funder in Bidra and so cannot be taken over here. Contact the funder: its administrator can invite you as the organisation's administrator.`,
  });
const funderOrganisation = (name: string) =>
  fieldProblem('organization.funder', 409, 'orgNumber', {
    sv: `${name} är en stödgivare i Bidra. Stödgivarens personal bjuds in av dess administratör.`,
    en: `${name} is a funder in Bidra. The funder's staff are invited by its administrator.`,
  });

/**
 * A person without an organisation registers theirs and becomes its administrator (roles applicant and
 * applicant_admin). A number that is new makes a new organisation. A number registered without any
 * member (by the demo or an import) is claimed the same way, keeping its registered name and type and
 * filling in only contact details it lacked; one with members, or a funder's own, is refused with 409.
 * A pending request to join another organisation is withdrawn in the same transaction.
 */
export async function registerOrganisation(
  deps: { db: Db; clock: Clock },
  p: Principal,
  input: RegisterOrganisationInput,
): Promise<{ organizationId: string; claimed: boolean }> {
  requireNoOrganisation(p);
  const orgNumber = checkedOrgNumber(input.orgNumber);
  if (input.email && !isValidEmailAddress(input.email)) {
    throw fieldProblem('organization.email_invalid', 422, 'email', {
      sv: `"${input.email}" är inte en giltig e-postadress. Skriv till exempel info@foretaget.se.`,
      en: `"${input.email}" is not a valid e-mail address. Write for example info@company.se.`,
    });
  }
  const actor: Actor = { userId: p.userId, label: p.displayName };
  return deps.db.transaction(async (tx) => {
    const me = await lockUser(tx, p.userId);
    if (!me) throw new Error('the signed-in user vanished');
    requireNoOrganisation(me);
    const now = deps.clock.now();
    const existing = await findOrganizationByNumber(tx, orgNumber);
    let organization: Organization;
    let claimed = false;
    if (existing) {
      organization = await claim(tx, existing.id, input, now);
      claimed = true;
    } else {
      const name = input.name?.trim().replace(/\s+/g, ' ') ?? '';
      if (name === '') {
        throw fieldProblem('organization.name_required', 422, 'name', {
          sv: 'Ange organisationens namn, så som det står i registret (högst 200 tecken).',
          en: "Give the organisation's name as it is registered (at most 200 characters).",
        });
      }
      const made = await insertOrganization(tx, {
        orgNumber,
        name,
        type: input.type,
        postalAddress: input.postalAddress ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        createdAt: now,
        updatedAt: now,
      });
      // Registered by someone else a moment ago: then it has a member, and claim() says so.
      organization = made ?? (await claim(tx, (await findOrganizationByNumber(tx, orgNumber))!.id, input, now));
    }
    await setUserOrganization(tx, p.userId, organization.id, now);
    await grantRoles(tx, {
      userId: p.userId,
      organizationId: organization.id,
      roles: ['applicant', 'applicant_admin'],
      createdBy: p.userId,
      now,
    });
    const pending = await pendingRequestOf(tx, p.userId);
    if (pending) await deleteJoinRequest(tx, pending.id);
    await appendAudit(tx, deps.clock, actor, {
      action: claimed ? 'organization.claimed' : 'organization.registered',
      entityType: 'organization',
      entityId: organization.id,
      after: {
        orgNumber: organization.orgNumber,
        name: organization.name,
        type: organization.type,
        administrator: p.userId,
        roles: ['applicant', 'applicant_admin'],
        ...(pending ? { withdrawnJoinRequest: pending.id } : {}),
      },
    });
    return { organizationId: organization.id, claimed };
  });
}

/** Takes over a registered organisation without members, or refuses with the reason. */
async function claim(
  tx: Executor,
  organizationId: string,
  input: RegisterOrganisationInput,
  now: Date,
): Promise<Organization> {
  const organization = await lockOrganization(tx, organizationId);
  if (!organization) throw organisationNotFound();
  if (await isFunderOrganization(tx, organization.id)) throw funderOrganisation(organization.name);
  if ((await countMembers(tx, organization.id)) > 0) throw registeredAlready(organization.name);
  // Its cases, letters and payments would come with it: not for whoever asks first.
  if (await hasApplicantHistory(tx, organization.id)) throw hasHistory(organization.name);
  await fillContactDetails(tx, organization.id, { ...input, now });
  return organization;
}
