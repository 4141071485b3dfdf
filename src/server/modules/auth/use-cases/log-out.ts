import type { Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import { deleteSession } from '../auth.repository.js';
import type { RequestSession } from '../principal.js';

/** Ends the session for good: the cookie is worthless afterwards even if a copy survives somewhere. */
export async function logOut(deps: { db: Db; clock: Clock }, session: RequestSession): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await deleteSession(tx, session.id);
    await appendAudit(
      tx,
      deps.clock,
      { userId: session.user.id, label: session.user.displayName },
      { action: 'auth.logout', entityType: 'user', entityId: session.user.id },
    );
  });
}
