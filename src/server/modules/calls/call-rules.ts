import type { Clock } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type { Case } from '../../db/schema/index.js';

/**
 * Refuses to submit an application to a call that has closed (or is not open yet). Being built: the
 * calls module fills this in.
 */
export async function assertCallOpenForSubmit(_tx: Executor, _kase: Case, _clock: Clock): Promise<void> {
  return Promise.resolve();
}
