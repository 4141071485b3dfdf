import type { Clock } from '../../../../domain/index.js';
import type { Actor } from '../../../audit/audit.js';
import type { Executor } from '../../../db/client.js';
import { enqueueEmail } from '../../../mail/outbox.js';
import { ROLE_NAMES } from '../../auth/policy.js';
import { issueLinkToken, LINK_LIFETIME_MS, linkUrl } from '../../auth/one-time-links.js';
import { createUser, type RoleToGrant } from './create-user.js';

export interface InvitationInput {
  email: string;
  displayName: string;
  title?: string | null;
  /** Telephone as printed on letters where the person is the contact. */
  phone?: string | null;
  /**
   * The organisation the person will work for: the funder's, or an applicant organisation. Null only
   * for the first administrator of an empty installation, who creates the funder after signing in.
   */
  organizationId: string | null;
  organizationName: string | null;
  roles: RoleToGrant[];
  /** May create funders (`bidra users add --role administrator` before any funder exists). */
  installationAdmin?: boolean;
  /** The address people reach Bidra at, for the link. */
  publicUrl: string;
}

const hours = (ms: number) => Math.round(ms / 3_600_000);

/** The invitation mail: who invites, to what, the link and how long it works, in Swedish then English. */
export function invitationMail(o: {
  inviter: string;
  organizationName: string | null;
  roles: RoleToGrant[];
  installationAdmin?: boolean;
  link: string;
}): {
  subject: string;
  bodyText: string;
} {
  const roles = (lang: 'sv' | 'en') =>
    o.roles.length > 0
      ? o.roles.map((r) => ROLE_NAMES[r.role][lang]).join(', ')
      : o.installationAdmin
        ? { sv: 'installationens administratör', en: 'administrator of the installation' }[lang]
        : '';
  const where = o.organizationName ?? 'Bidra';
  const valid = hours(LINK_LIFETIME_MS.invitation);
  return {
    subject: `Inbjudan till ${where} / Invitation to ${where}`,
    bodyText: [
      'Hej!',
      '',
      `${o.inviter} har bjudit in dig till ${where} (${roles('sv')}).`,
      `Välj ett lösenord med länken nedan för att börja. Länken fungerar en gång och i ${valid} timmar.`,
      '',
      o.link,
      '',
      'Om du inte väntade dig inbjudan kan du bortse från det här meddelandet.',
      '',
      '---',
      '',
      `${o.inviter} has invited you to ${where} (${roles('en')}).`,
      `Choose a password with the link above to start. The link works once and for ${valid} hours.`,
      'If you did not expect this invitation, you can ignore this message.',
    ].join('\n'),
  };
}

/**
 * Invites a person: the user exists at once with their roles (so an administrator can adjust them),
 * but cannot sign in until they follow the link and choose a password. One transaction: the user, the
 * link and the mail in the outbox commit together.
 */
export async function inviteUser(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  input: InvitationInput,
): Promise<{ userId: string; emailId: string; link: string; expiresAt: Date }> {
  const user = await createUser(tx, clock, actor, {
    email: input.email,
    displayName: input.displayName,
    title: input.title ?? null,
    phone: input.phone ?? null,
    organizationId: input.organizationId,
    roles: input.roles,
    passwordHash: null,
    verified: false,
    installationAdmin: input.installationAdmin ?? false,
  });
  const sent = await sendInvitationLink(tx, clock, actor, {
    userId: user.id,
    email: user.email,
    organizationName: input.organizationName,
    roles: input.roles,
    installationAdmin: input.installationAdmin,
    publicUrl: input.publicUrl,
  });
  return { userId: user.id, emailId: sent.id, link: sent.link, expiresAt: sent.expiresAt };
}

/**
 * A (new) invitation link for a user who has not accepted yet; earlier links stop working. Returns the
 * queued mail's id, and the link itself for a command line without SMTP to show its operator.
 */
export async function sendInvitationLink(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  input: {
    userId: string;
    email: string;
    organizationName: string | null;
    roles: RoleToGrant[];
    installationAdmin?: boolean;
    publicUrl: string;
  },
): Promise<{ id: string; link: string; expiresAt: Date }> {
  const { token, expiresAt } = await issueLinkToken(tx, clock, {
    userId: input.userId,
    purpose: 'invitation',
    createdBy: actor.userId,
  });
  const link = linkUrl(input.publicUrl, 'invitation', token);
  const mail = invitationMail({
    inviter: actor.label,
    organizationName: input.organizationName,
    roles: input.roles,
    installationAdmin: input.installationAdmin,
    link,
  });
  const queued = await enqueueEmail(tx, clock, actor, {
    to: [input.email],
    ...mail,
    related: { entityType: 'user', entityId: input.userId },
  });
  return { id: queued.id, link, expiresAt };
}
