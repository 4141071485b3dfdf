import type { Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import { AppError } from '../../../errors.js';
import { enqueueEmail } from '../../../mail/outbox.js';
import type { Principal } from '../../auth/principal.js';
import { joinAcceptedMail, joinRefusedMail, joinRequestMail } from '../mails.js';
import {
  administratorsOf,
  countMembers,
  findOrganization,
  grantRoles,
  isFunderOrganization,
  lockUser,
  setUserOrganization,
} from '../organisations.repository.js';
import {
  decideJoinRequest,
  deleteJoinRequest,
  insertJoinRequest,
  lockJoinRequest,
  pendingRequestOf,
} from '../join-requests.repository.js';
import { organisationNotFound, requireNoOrganisation, requireOrganisationAdmin } from '../organisations.policy.js';

export interface JoinDeps {
  db: Db;
  clock: Clock;
  publicUrl: string;
}

const page = (publicUrl: string, path: string) => `${publicUrl.replace(/\/+$/, '')}${path}`;
const actorOf = (p: Principal): Actor => ({ userId: p.userId, label: p.displayName });
const conflict = (code: string, sv: string, en: string) => new AppError(code, 409, { sv, en });

/**
 * A person without an organisation asks to join one that is registered. They get no role there until
 * an administrator of it accepts; each administrator is told by mail. One request at a time per person.
 */
export async function requestToJoin(
  deps: JoinDeps,
  p: Principal,
  organizationId: string,
  message: string | undefined,
): Promise<{ id: string }> {
  requireNoOrganisation(p);
  return deps.db.transaction(async (tx) => {
    const me = await lockUser(tx, p.userId);
    if (!me) throw new Error('the signed-in user vanished');
    requireNoOrganisation(me);
    const organization = await findOrganization(tx, organizationId);
    if (!organization) throw organisationNotFound();
    if (await isFunderOrganization(tx, organization.id)) {
      throw conflict(
        'organization.funder',
        `${organization.name} är en stödgivare i Bidra. Stödgivarens personal bjuds in av dess administratör.`,
        `${organization.name} is a funder in Bidra. The funder's staff are invited by its administrator.`,
      );
    }
    if ((await countMembers(tx, organization.id)) === 0) {
      throw conflict(
        'organization.claimable',
        `${organization.name} har ingen användare i Bidra än. Registrera organisationen själv, så blir du dess administratör.`,
        `${organization.name} has no users in Bidra yet. Register the organisation yourself and you become its administrator.`,
      );
    }
    const admins = await administratorsOf(tx, organization.id);
    if (admins.length === 0) {
      throw conflict(
        'organization.no_administrator',
        `${organization.name} har ingen administratör i Bidra som kan godkänna förfrågan. Be en kollega som redan använder Bidra att kontakta stödgivaren.`,
        `${organization.name} has no administrator in Bidra who could accept the request. Ask a colleague who already uses Bidra to contact the funder.`,
      );
    }
    const pending = await pendingRequestOf(tx, p.userId);
    if (pending) {
      throw conflict(
        'join_request.pending_exists',
        `Du har redan bett om att få gå med i ${pending.organizationName}. Dra tillbaka den förfrågan först om du vill fråga en annan organisation.`,
        `You have already asked to join ${pending.organizationName}. Withdraw that request first if you want to ask another organisation.`,
      );
    }
    const now = deps.clock.now();
    const request = await insertJoinRequest(tx, {
      organizationId: organization.id,
      userId: p.userId,
      message: message ?? null,
      now,
    });
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'organization.join_requested',
      entityType: 'organization_join_request',
      entityId: request.id,
      after: { organizationId: organization.id, userId: p.userId, message: message ?? null },
    });
    const mail = joinRequestMail({
      person: p.displayName,
      email: p.email,
      organizationName: organization.name,
      message: message ?? null,
      link: page(deps.publicUrl, '/organisation'),
    });
    for (const admin of admins) {
      await enqueueEmail(tx, deps.clock, actorOf(p), {
        to: [admin.email],
        ...mail,
        related: { entityType: 'organization_join_request', entityId: request.id },
      });
    }
    return { id: request.id };
  });
}

/** The person takes back their pending request (to ask another organisation, or register their own). */
export async function withdrawJoinRequest(deps: Pick<JoinDeps, 'db' | 'clock'>, p: Principal): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await lockUser(tx, p.userId);
    const pending = await pendingRequestOf(tx, p.userId);
    if (!pending) {
      throw AppError.notFound({ sv: 'Någon väntande förfrågan', en: 'A pending request' });
    }
    await deleteJoinRequest(tx, pending.id);
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'organization.join_request_withdrawn',
      entityType: 'organization_join_request',
      entityId: pending.id,
      before: { organizationId: pending.organizationId, userId: p.userId, status: 'pending' },
    });
  });
}

/**
 * The organisation's administrator answers a pending request. Accepting makes the organisation the
 * person's and grants them the applicant role; refusing leaves them without. Both are mailed to the person.
 */
export async function decideOnJoinRequest(
  deps: JoinDeps,
  p: Principal,
  organizationId: string,
  requestId: string,
  decision: { accept: true } | { accept: false; reason?: string },
): Promise<void> {
  requireOrganisationAdmin(p, organizationId);
  await deps.db.transaction(async (tx) => {
    const request = await lockJoinRequest(tx, organizationId, requestId);
    if (!request) throw AppError.notFound({ sv: 'Förfrågan', en: 'The request' });
    if (request.status !== 'pending') {
      throw conflict(
        'join_request.decided',
        'Förfrågan är redan besvarad. Ladda om sidan för att se hur.',
        'The request has already been answered. Reload the page to see how.',
      );
    }
    const organization = await findOrganization(tx, organizationId);
    if (!organization) throw organisationNotFound();
    const person = await lockUser(tx, request.userId);
    if (!person) throw new Error('a join request without its person');
    const now = deps.clock.now();
    if (decision.accept) {
      if (!person.active || (person.organizationId !== null && person.organizationId !== organizationId)) {
        throw conflict(
          'join_request.person_unavailable',
          `${person.displayName} kan inte längre läggas till: kontot är avstängt eller hör redan till en annan organisation. Avslå förfrågan.`,
          `${person.displayName} can no longer be added: the account is disabled or already belongs to another organisation. Refuse the request.`,
        );
      }
      await setUserOrganization(tx, person.id, organizationId, now);
      await grantRoles(tx, { userId: person.id, organizationId, roles: ['applicant'], createdBy: p.userId, now });
    }
    const status = decision.accept ? 'accepted' : 'refused';
    await decideJoinRequest(tx, request.id, { status, decidedBy: p.userId, now });
    const reason = decision.accept ? null : (decision.reason ?? null);
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: decision.accept ? 'organization.join_request_accepted' : 'organization.join_request_refused',
      entityType: 'organization_join_request',
      entityId: request.id,
      before: { status: 'pending' },
      after: {
        status,
        organizationId,
        userId: person.id,
        ...(decision.accept ? { roles: ['applicant'] } : { reason }),
      },
    });
    const mail = decision.accept
      ? joinAcceptedMail({ organizationName: organization.name, link: page(deps.publicUrl, '/mina-arenden') })
      : joinRefusedMail({ organizationName: organization.name, reason });
    await enqueueEmail(tx, deps.clock, actorOf(p), {
      to: [person.email],
      ...mail,
      related: { entityType: 'organization_join_request', entityId: request.id },
    });
  });
}
