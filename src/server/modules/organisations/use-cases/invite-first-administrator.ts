import type { Clock } from '../../../../domain/index.js';
import type { Actor } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import type { Funder } from '../../../db/schema/index.js';
import type { Principal } from '../../auth/principal.js';
import { inviteUser } from '../../users/use-cases/invite-user.js';
import {
  countAdministrators,
  findOrganizationByNumber,
  hasCaseWithFunder,
  isFunderOrganization,
  lockOrganization,
} from '../organisations.repository.js';
import { checkedOrgNumber, fieldProblem } from '../organisations.policy.js';

export interface FirstAdministratorInput {
  orgNumber: string;
  email: string;
  displayName: string;
}

/**
 * A funder's administrator invites the first administrator of an applicant organisation that has cases
 * with the funder but nobody in Bidra who acts for it (an organisation from the archive or the demo).
 * Such an organisation cannot be taken over by whoever signs up first; the funder knows its contact
 * person. Only while the organisation has no administrator who can act: after that it runs itself.
 */
export async function inviteFirstAdministrator(
  deps: { db: Db; clock: Clock; publicUrl: string },
  p: Principal,
  funder: Funder,
  input: FirstAdministratorInput,
): Promise<{ userId: string; organizationName: string }> {
  const orgNumber = checkedOrgNumber(input.orgNumber);
  const actor: Actor = { userId: p.userId, label: p.displayName };
  return deps.db.transaction(async (tx) => {
    const found = await findOrganizationByNumber(tx, orgNumber);
    if (!found || !(await hasCaseWithFunder(tx, found.id, funder.id))) {
      throw fieldProblem('organization.no_case_with_funder', 422, 'orgNumber', {
        sv: `Ingen organisation med organisationsnummer ${orgNumber} har ärenden hos er. En ny sökande registrerar sin organisation själv under "Skapa konto".`,
        en: `No organisation with number ${orgNumber} has cases with you. A new applicant registers their organisation themselves under "Create an account".`,
      });
    }
    const organization = (await lockOrganization(tx, found.id))!;
    if (await isFunderOrganization(tx, organization.id)) {
      throw fieldProblem('organization.funder', 409, 'orgNumber', {
        sv: `${organization.name} är en stödgivare; dess personal bjuds in av dess egen administratör.`,
        en: `${organization.name} is a funder; its staff are invited by its own administrator.`,
      });
    }
    if ((await countAdministrators(tx, organization.id)) > 0) {
      throw fieldProblem('organization.has_administrator', 409, 'orgNumber', {
        sv: `${organization.name} har redan en administratör i Bidra, som bjuder in sina kollegor själv.`,
        en: `${organization.name} already has an administrator in Bidra, who invites their colleagues themselves.`,
      });
    }
    const { userId } = await inviteUser(tx, deps.clock, actor, {
      email: input.email,
      displayName: input.displayName,
      organizationId: organization.id,
      organizationName: organization.name,
      roles: [
        { role: 'applicant', organizationId: organization.id },
        { role: 'applicant_admin', organizationId: organization.id },
      ],
      publicUrl: deps.publicUrl,
    });
    return { userId, organizationName: organization.name };
  });
}
