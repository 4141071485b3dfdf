import type { Clock } from '../../../../domain/index.js';
import type { Db } from '../../../db/client.js';
import { deleteSession, findSession, loadSignedInUser, touchSession } from '../auth.repository.js';
import type { RequestSession } from '../principal.js';
import { isSessionLive, needsTouch, sessionIdOf, type SessionPolicy } from '../session-token.js';

/**
 * The session a cookie token stands for, or null. An expired session, or one whose user has been
 * deactivated, is refused and deleted on the spot (there is no sweeper job).
 */
export async function resolveSession(
  deps: { db: Db; clock: Clock; sessions?: SessionPolicy },
  token: string,
): Promise<RequestSession | null> {
  const id = sessionIdOf(token);
  const session = await findSession(deps.db, id);
  if (!session) return null;
  const now = deps.clock.now();
  const user = isSessionLive(session, now, deps.sessions) ? await loadSignedInUser(deps.db, session.userId) : undefined;
  if (!user) {
    await deleteSession(deps.db, id);
    return null;
  }
  if (needsTouch(session, now)) await touchSession(deps.db, id, now);
  return { id, csrfToken: session.csrfToken, user };
}
