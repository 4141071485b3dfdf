import { z } from 'zod';
import type { Executor } from '../../db/client.js';
import type { Principal } from '../auth/principal.js';
import { mayAdd, type AttachmentTarget } from './attachments.policy.js';
import { listAttachments, type AttachmentFilter } from './attachments.repository.js';
import { kindLabel } from './content-sniffing.js';
import { requirementStates } from './required-attachments.js';
import { mayRemove } from './use-cases/remove-attachment.js';

export const attachmentItem = z.object({
  id: z.uuid(),
  filename: z.string(),
  mediaType: z.string(),
  /** The kind in words ("PDF", "Word (DOCX)"). */
  kindLabel: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  requirementKey: z.string().nullable(),
  description: z.string().nullable(),
  paymentRequestId: z.uuid().nullable(),
  reportId: z.uuid().nullable(),
  addedBy: z.string(),
  addedAt: z.string(),
  removedAt: z.string().nullable(),
  removedBy: z.string().nullable(),
  canRemove: z.boolean(),
});

export const attachmentList = z.object({
  /** The case to upload to (for a payment request without a case yet, the project's). */
  caseId: z.uuid(),
  items: z.array(attachmentItem),
  /** The call's required attachments, for an application made to a call. */
  requirements: z.array(
    z.object({ key: z.string(), title: z.string(), description: z.string().nullable(), present: z.boolean() }),
  ),
  canAdd: z.boolean(),
  maxBytes: z.number().int(),
});
export type AttachmentList = z.infer<typeof attachmentList>;

const filterOf = (t: AttachmentTarget): AttachmentFilter =>
  t.paymentRequest
    ? { paymentRequestId: t.paymentRequest.id }
    : t.report
      ? { reportId: t.report.id }
      : { caseId: t.kase.id };

/** The files of a case, request or report as the caller sees them, with what they may do. */
export async function attachmentListView(
  db: Executor,
  p: Principal,
  target: AttachmentTarget,
  maxBytes: number,
): Promise<AttachmentList> {
  const rows = await listAttachments(db, filterOf(target));
  const requirements = target.paymentRequest || target.report ? [] : await requirementStates(db, target.kase);
  return {
    caseId: target.kase.id,
    items: rows.map(({ attachment: a, document: d, addedByName, removedByName }) => ({
      id: a.id,
      filename: d.filename,
      mediaType: d.mediaType,
      kindLabel: kindLabel(d.mediaType),
      sizeBytes: d.sizeBytes,
      sha256: d.sha256,
      requirementKey: a.requirementKey,
      description: a.description,
      paymentRequestId: a.paymentRequestId,
      reportId: a.reportId,
      addedBy: addedByName,
      addedAt: a.addedAt.toISOString(),
      removedAt: a.removedAt?.toISOString() ?? null,
      removedBy: removedByName,
      canRemove: mayRemove(p, a, target),
    })),
    requirements: requirements.map((r) => ({
      key: r.key,
      title: r.title,
      description: r.description ?? null,
      present: r.present,
    })),
    canAdd: mayAdd(p, target),
    maxBytes,
  };
}
