import type { Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import type { Funder } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { checkedStaffRoles, type RequestedRole } from '../staff-roles.js';
import {
  belongsToOrganization,
  bumpUserVersion,
  deleteRoleGrant,
  grantsInOrganization,
  lockAdministratorChanges,
  lockUser,
  setGrantCapacity,
} from '../users.repository.js';
import { insertRoleGrant } from '../../auth/auth.repository.js';
import { ensureAdministratorsRemain } from './administrator-guard.js';
import { loadFunderUser, userNotFound, type StaffMemberView } from './list-funder-users.js';

export const staleUser = (current: number): AppError =>
  AppError.conflict(
    {
      sv: `Användaren har ändrats sedan du hämtade uppgifterna (nu version ${current}). Hämta dem igen och gör om ändringen.`,
      en: `The user was changed since you loaded them (now version ${current}). Reload and make the change again.`,
    },
    { currentVersion: current },
  );

/**
 * Gives and takes a person's roles at one funder (their roles elsewhere are untouched) and sets a
 * decision maker's capacity. The person's version guards against two administrators editing at once;
 * taking the administrator role from the funder's last active administrator is refused. The new roles
 * apply from the person's next request: sessions read roles afresh every time.
 */
export async function changeRoles(
  deps: { db: Db; clock: Clock },
  actor: Actor,
  funder: Pick<Funder, 'organizationId'>,
  input: { userId: string; version: number; roles: RequestedRole[] },
): Promise<StaffMemberView> {
  const roles = checkedStaffRoles(input.roles);
  const org = funder.organizationId;
  return deps.db.transaction(async (tx) => {
    await lockAdministratorChanges(tx);
    const user = await lockUser(tx, input.userId);
    if (!user || !(await belongsToOrganization(tx, user.id, org))) throw userNotFound();
    if (user.version !== input.version) throw staleUser(user.version);
    const current = await grantsInOrganization(tx, user.id, org);
    const wanted = new Map(roles.map((r) => [r.role as string, r]));
    if (current.some((g) => g.role === 'administrator') && !wanted.has('administrator')) {
      await ensureAdministratorsRemain(tx, user, [org]);
    }
    const now = deps.clock.now();
    for (const grant of current) {
      const keep = wanted.get(grant.role);
      if (!keep) await deleteRoleGrant(tx, grant.id);
      else if (keep.capacity !== grant.capacity) await setGrantCapacity(tx, grant.id, keep.capacity);
    }
    for (const r of roles) {
      if (current.some((g) => g.role === r.role)) continue;
      await insertRoleGrant(tx, {
        userId: user.id,
        role: r.role,
        organizationId: org,
        capacity: r.capacity,
        createdBy: actor.userId,
        createdAt: now,
      });
    }
    await bumpUserVersion(tx, user.id, now);
    await appendAudit(tx, deps.clock, actor, {
      action: 'user.roles_changed',
      entityType: 'user',
      entityId: user.id,
      before: { organizationId: org, roles: current.map((g) => ({ role: g.role, capacity: g.capacity })) },
      after: { organizationId: org, roles },
    });
    return loadFunderUser(tx, deps.clock, funder, user.id);
  });
}
