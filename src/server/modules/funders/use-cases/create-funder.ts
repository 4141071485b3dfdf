import type { Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import type { Funder, Organization, organizationType } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { insertRoleGrant } from '../../auth/auth.repository.js';
import { fieldProblem, Issues } from '../funder-problems.js';
import { checkCommittee, checkDiaryFormat, checkOrganisation, settingsOf } from '../funder-settings.js';
import {
  findFunderOfOrganization,
  findOrganizationByNumber,
  insertFunder,
  insertOrganization,
  insertSettingsVersion,
  setUserOrganizationIfNone,
  updateOrganization,
} from '../funders.repository.js';

export type OrganizationType = (typeof organizationType.enumValues)[number];

export interface NewFunderInput {
  name: string;
  orgNumber: string;
  committeeName: string;
  diaryNumberFormat: string;
  organizationType?: OrganizationType | undefined;
}

export interface CreatedFunder {
  funder: Funder;
  organization: Organization;
}

const onlyInstallationAdmin = (): AppError =>
  new AppError('funder.create_forbidden', 403, {
    sv: 'Bara installationens administratör kan lägga upp en ny stödgivare.',
    en: "Only the installation's administrator can set up a new funder.",
  });

/**
 * POST /funders: the installation's administrator sets up a funder. Everything else a funder needs
 * (letterhead, strategy, appropriations, staff) is added afterwards by its administrators, who start
 * with the person creating it.
 */
export async function createFunder(
  deps: { db: Db; clock: Clock },
  principal: Principal,
  input: NewFunderInput,
): Promise<CreatedFunder> {
  if (!principal.installationAdmin) throw onlyInstallationAdmin();
  const actor = { userId: principal.userId, label: principal.displayName };
  return deps.db.transaction((tx) => createFunderIn(tx, deps.clock, actor, input, principal.userId));
}

/**
 * The writes of creating a funder, in the caller's transaction (the demo calls this too): the
 * organisation (reused when it exists and is not a funder yet), the funder, its first settings version,
 * and the administrator role for `administratorUserId`, whose organisation it becomes if they have none.
 */
export async function createFunderIn(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  input: NewFunderInput,
  administratorUserId: string | null,
): Promise<CreatedFunder> {
  const issues = new Issues();
  const { name, orgNumber } = checkOrganisation(issues, input);
  const committeeName = checkCommittee(issues, input.committeeName);
  const diaryNumberFormat = checkDiaryFormat(issues, input.diaryNumberFormat);
  issues.throwIfAny();
  const type = input.organizationType ?? 'region';
  const now = clock.now();

  let organization = await findOrganizationByNumber(tx, orgNumber);
  if (organization) {
    if (await findFunderOfOrganization(tx, organization.id)) {
      throw fieldProblem('funder.exists', 409, 'orgNumber', {
        sv: `${organization.name} (${orgNumber}) är redan stödgivare i Bidra.`,
        en: `${organization.name} (${orgNumber}) is already a funder in Bidra.`,
      });
    }
    if (organization.name !== name || organization.type !== type) {
      const before = { name: organization.name, type: organization.type };
      organization = await updateOrganization(tx, organization.id, { name, type, updatedAt: now });
      await appendAudit(tx, clock, actor, {
        action: 'organization.updated',
        entityType: 'organization',
        entityId: organization.id,
        before,
        after: { name, type },
      });
    }
  } else {
    organization = await insertOrganization(tx, { name, orgNumber, type, createdAt: now, updatedAt: now });
    await appendAudit(tx, clock, actor, {
      action: 'organization.created',
      entityType: 'organization',
      entityId: organization.id,
      after: organization,
    });
  }

  const funder = await insertFunder(tx, {
    organizationId: organization.id,
    committeeName,
    diaryNumberFormat,
    appealNotices: {},
    createdAt: now,
    updatedAt: now,
  });
  const settings = settingsOf(funder, organization);
  await insertSettingsVersion(tx, {
    funderId: funder.id,
    version: funder.version,
    settings: { ...settings },
    changedByUserId: actor.userId,
    changedAt: now,
  });
  await appendAudit(tx, clock, actor, {
    action: 'funder.created',
    entityType: 'funder',
    entityId: funder.id,
    after: { ...funder, settings },
  });

  if (administratorUserId) {
    await insertRoleGrant(tx, {
      userId: administratorUserId,
      role: 'administrator',
      organizationId: organization.id,
      createdBy: actor.userId,
      createdAt: now,
    });
    const organisationSet = await setUserOrganizationIfNone(tx, administratorUserId, organization.id, now);
    await appendAudit(tx, clock, actor, {
      action: 'user.role_granted',
      entityType: 'user',
      entityId: administratorUserId,
      after: {
        role: 'administrator',
        organizationId: organization.id,
        ...(organisationSet ? { userOrganizationId: organization.id } : {}),
      },
    });
  }
  return { funder, organization };
}
