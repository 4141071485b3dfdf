import { appendAudit } from '../../../audit/audit.js';
import type { Attachment } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import {
  attachmentNotFound,
  loadAttachmentTarget,
  requireMayAdd,
  type AttachmentTarget,
} from '../attachments.policy.js';
import { findAttachmentRow, markRemoved } from '../attachments.repository.js';
import { actorOf, type AttachmentDeps } from './add-attachment.js';

const alreadyRemoved = () =>
  new AppError('attachment.already_removed', 409, {
    sv: 'Bilagan är redan borttagen.',
    en: 'The attachment has already been removed.',
  });

/** The file and what it belongs to, or 404 when the caller may not see it (exactly like an unknown id). */
export async function loadVisibleAttachment(deps: Pick<AttachmentDeps, 'db'>, p: Principal, attachmentId: string) {
  const row = await findAttachmentRow(deps.db, attachmentId);
  if (!row) throw attachmentNotFound();
  const target = await loadAttachmentTarget(deps.db, p, row.attachment.caseId, row.attachment, {
    notFound: attachmentNotFound,
  });
  return { ...row, target };
}

/** Whether the caller may remove the file now: the one who added it, while they could still add one. */
export const mayRemove = (p: Principal, a: Attachment, t: AttachmentTarget): boolean => {
  if (a.removedAt !== null || a.addedBy !== p.userId) return false;
  try {
    requireMayAdd(p, t);
    return true;
  } catch {
    return false;
  }
};

/**
 * DELETE /attachments/:id — the file is marked removed; its row and bytes stay, so the history shows it
 * was there. Only the person who added it, and only while it can still be changed.
 */
export async function removeAttachment(deps: AttachmentDeps, p: Principal, attachmentId: string): Promise<Attachment> {
  const { attachment } = await loadVisibleAttachment(deps, p, attachmentId);
  if (attachment.removedAt) throw alreadyRemoved();
  if (attachment.addedBy !== p.userId) {
    throw new AppError('attachment.not_yours', 403, {
      sv: 'Bara den som lade till bilagan kan ta bort den.',
      en: 'Only the person who added the attachment can remove it.',
    });
  }
  return deps.db.transaction(async (tx) => {
    const target = await loadAttachmentTarget(tx, p, attachment.caseId, attachment, {
      lock: true,
      notFound: attachmentNotFound,
    });
    requireMayAdd(p, target);
    const row = await markRemoved(tx, attachment.id, p.userId, deps.clock.now());
    if (!row) throw alreadyRemoved();
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'attachment.removed',
      entityType: 'attachment',
      entityId: row.id,
      before: { removedAt: null },
      after: { caseId: row.caseId, documentId: row.documentId, removedAt: row.removedAt },
    });
    return row;
  });
}
