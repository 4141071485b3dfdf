import type { FieldIssue } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type { Case } from '../../db/schema/index.js';

/** The call's required attachments the application does not carry yet, as field issues. Being built. */
export async function missingRequiredAttachments(_tx: Executor, _kase: Case): Promise<FieldIssue[]> {
  return Promise.resolve([]);
}
