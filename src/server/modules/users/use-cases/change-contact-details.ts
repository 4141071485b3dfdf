import type { Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import type { Funder } from '../../../db/schema/index.js';
import { belongsToOrganization, bumpUserVersion, lockUser, setContactDetails } from '../users.repository.js';
import { staleUser } from './change-roles.js';
import { loadFunderUser, userNotFound, type StaffMemberView } from './list-funder-users.js';

/**
 * Sets the title and telephone a person's letters print where they are the contact ("Vid frågor
 * kontakta: namn, titel, tfn …"). Letters already stored keep what they printed; the next letter reads
 * the new details. Guarded by the person's version like every other change to them.
 */
export async function changeContactDetails(
  deps: { db: Db; clock: Clock },
  actor: Actor,
  funder: Pick<Funder, 'organizationId'>,
  input: { userId: string; version: number; title: string | null; phone: string | null },
): Promise<StaffMemberView> {
  const org = funder.organizationId;
  return deps.db.transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!user || !(await belongsToOrganization(tx, user.id, org))) throw userNotFound();
    if (user.version !== input.version) throw staleUser(user.version);
    const after = { title: input.title?.trim() || null, phone: input.phone };
    await setContactDetails(tx, user.id, after);
    await bumpUserVersion(tx, user.id, deps.clock.now());
    await appendAudit(tx, deps.clock, actor, {
      action: 'user.contact_changed',
      entityType: 'user',
      entityId: user.id,
      before: { title: user.title, phone: user.phone },
      after,
    });
    return loadFunderUser(tx, deps.clock, funder, user.id);
  });
}
