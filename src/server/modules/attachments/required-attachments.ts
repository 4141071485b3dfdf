import type { FieldIssue } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type { Case, RequiredAttachment } from '../../db/schema/index.js';
import { findCall, presentRequirementKeys } from './attachments.repository.js';

export interface RequirementState extends RequiredAttachment {
  present: boolean;
}

/** The attachments the case's call requires (none outside a call), each with whether a live file meets it. */
export async function requirementStates(tx: Executor, kase: Case): Promise<RequirementState[]> {
  if (!kase.callId || kase.kind !== 'application') return [];
  const call = await findCall(tx, kase.callId);
  if (!call || call.requiredAttachments.length === 0) return [];
  const present = await presentRequirementKeys(tx, kase.id);
  return call.requiredAttachments.map((r) => ({ ...r, present: present.has(r.key) }));
}

/** The field of a required attachment, so that the web links the error to its row. */
export const requirementPath = (key: string): string => `attachments.${key}`;

/**
 * The call's required attachments the application does not carry yet, as field issues: submit answers 422
 * with one per missing file, each naming it.
 */
export async function missingRequiredAttachments(tx: Executor, kase: Case): Promise<FieldIssue[]> {
  const states = await requirementStates(tx, kase);
  return states
    .filter((r) => !r.present)
    .map((r) => ({
      path: requirementPath(r.key),
      code: 'attachment.required_missing',
      severity: 'error' as const,
      message: {
        sv: `Bilagan ”${r.title}” saknas. Lägg till den under Bilagor innan ansökan skickas in.`,
        en: `The attachment “${r.title}” is missing. Add it under Attachments before submitting the application.`,
      },
    }));
}
