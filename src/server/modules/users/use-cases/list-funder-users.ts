import type { Clock } from '../../../../domain/index.js';
import type { Executor } from '../../../db/client.js';
import { AppError } from '../../../errors.js';
import type { Role } from '../../auth/principal.js';
import { grantsOfUsersIn, latestInvitations, staffOfOrganization, type StaffRow } from '../users.repository.js';

export type InvitationState = 'accepted' | 'pending' | 'expired';

/** One person as the funder's administrators see them. */
export interface StaffMemberView {
  id: string;
  email: string;
  displayName: string;
  title: string | null;
  /** Printed with the title where the person is a letter's contact ("Vid frågor kontakta"). */
  phone: string | null;
  active: boolean;
  lastSignedInAt: string | null;
  version: number;
  /** The roles held at this funder (not elsewhere). */
  roles: { role: Role; capacity: string | null }[];
  /** Accepted once the address is verified; before that the newest link is pending until it expires. */
  invitation: { state: InvitationState; expiresAt: string | null };
}

export const userNotFound = (): AppError => AppError.notFound({ sv: 'Användaren', en: 'The user' });

/** The people of a funder's organisation with their roles there, by name. */
export async function listFunderUsers(
  db: Executor,
  clock: Clock,
  funder: { organizationId: string },
): Promise<StaffMemberView[]> {
  return viewsOf(db, clock, funder.organizationId, await staffOfOrganization(db, funder.organizationId));
}

/** One person of the funder, or 404 when they do not work for it (the same answer as for an unknown id). */
export async function loadFunderUser(
  db: Executor,
  clock: Clock,
  funder: { organizationId: string },
  userId: string,
): Promise<StaffMemberView> {
  const [view] = await viewsOf(
    db,
    clock,
    funder.organizationId,
    await staffOfOrganization(db, funder.organizationId, userId),
  );
  if (!view) throw userNotFound();
  return view;
}

async function viewsOf(db: Executor, clock: Clock, organizationId: string, rows: StaffRow[]) {
  const ids = rows.map((r) => r.id);
  const grants = await grantsOfUsersIn(db, ids, organizationId);
  const pending = rows.filter((r) => !r.emailVerifiedAt).map((r) => r.id);
  const links = await latestInvitations(db, pending);
  const now = clock.now().getTime();
  return rows.map((r): StaffMemberView => {
    const link = links.get(r.id);
    const invitation: StaffMemberView['invitation'] = r.emailVerifiedAt
      ? { state: 'accepted', expiresAt: null }
      : link && !link.usedAt && link.expiresAt.getTime() > now
        ? { state: 'pending', expiresAt: link.expiresAt.toISOString() }
        : { state: 'expired', expiresAt: link?.expiresAt.toISOString() ?? null };
    return {
      id: r.id,
      email: r.email,
      displayName: r.displayName,
      title: r.title,
      phone: r.phone,
      active: r.active,
      lastSignedInAt: r.lastSignedInAt?.toISOString() ?? null,
      version: r.version,
      roles: grants.filter((g) => g.userId === r.id).map((g) => ({ role: g.role, capacity: g.capacity })),
      invitation,
    };
  });
}
