import type { Clock } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import type { Attachment, Document } from '../../../db/schema/index.js';
import type { DocumentStore } from '../../../documents/document-store.js';
import { storeDocument } from '../../../documents/store-document.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { loadAttachmentTarget, requireMayAdd, type AttachmentTarget, type TargetRefs } from '../attachments.policy.js';
import { insertAttachment } from '../attachments.repository.js';
import { ACCEPTED_KINDS, sniffContent } from '../content-sniffing.js';
import { requirementStates } from '../required-attachments.js';
import { actorOf } from '../../auth/actor.js';

export interface AttachmentDeps {
  db: Db;
  clock: Clock;
  store: DocumentStore;
  maxUploadBytes: number;
}

export interface AddAttachmentInput extends TargetRefs {
  caseId: string;
  filename: string;
  bytes: Buffer;
  requirementKey?: string | undefined;
  description?: string | undefined;
}

/** The audit trail's actor (`auth/actor.ts`), for this module's other use cases. */
export { actorOf };

const fileIssue = (code: string, status: number, sv: string, en: string, details: Record<string, unknown> = {}) =>
  new AppError(
    code,
    status,
    { sv, en },
    { ...details, issues: [{ path: 'file', code, severity: 'error', message: { sv, en } }] },
  );

/** Megabytes as people read them ("20 MB"), for the size limit in messages. */
export const megabytes = (bytes: number): string => {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace('.', ',')} MB`;
};

export const tooLarge = (limit: number): AppError =>
  fileIssue(
    'attachment.too_large',
    413,
    `Filen är för stor. En bilaga får vara högst ${megabytes(limit)}; dela upp den eller minska den och försök igen.`,
    `The file is too large. An attachment may be at most ${megabytes(limit).replace(',', '.')}; split or shrink it and try again.`,
    { maxBytes: limit },
  );

/**
 * The name offered on download: the last part of what the browser sent (no folders), without control
 * characters, at most 200 characters; "bilaga" when nothing usable is left.
 */
export function safeFilename(raw: string): string {
  const base = raw.split(/[/\\]/u).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f]/gu, '').trim();
  const cut = Array.from(clean).slice(0, 200).join('').trim();
  return cut === '' || cut === '.' || cut === '..' ? 'bilaga' : cut;
}

async function checkRequirementKey(db: Db, target: AttachmentTarget, key: string | undefined): Promise<void> {
  if (key === undefined) return;
  const known =
    !target.paymentRequest && !target.report && (await requirementStates(db, target.kase)).some((r) => r.key === key);
  if (known) return;
  const sv = 'Bilagan kan inte kopplas till det kravet: utlysningen kräver ingen sådan bilaga.';
  const en = 'The attachment cannot meet that requirement: the call requires no such attachment.';
  throw new AppError(
    'attachment.unknown_requirement',
    422,
    { sv, en },
    {
      issues: [
        { path: 'requirementKey', code: 'attachment.unknown_requirement', severity: 'error', message: { sv, en } },
      ],
    },
  );
}

/**
 * POST /cases/:caseId/attachments — the file is stored as what its bytes are (content sniffing), never as
 * what its name says; then its document, the attachment row and the audit event in one transaction.
 */
export async function addAttachment(
  deps: AttachmentDeps,
  p: Principal,
  input: AddAttachmentInput,
): Promise<{ attachment: Attachment; document: Document }> {
  const first = await loadAttachmentTarget(deps.db, p, input.caseId, input);
  requireMayAdd(p, first);
  if (input.bytes.length === 0) {
    throw fileIssue(
      'attachment.empty',
      422,
      'Filen är tom. Välj en fil med innehåll.',
      'The file is empty. Choose a file with content.',
    );
  }
  if (input.bytes.length > deps.maxUploadBytes) throw tooLarge(deps.maxUploadBytes);
  const kind = await sniffContent(input.bytes);
  if (!kind) {
    throw fileIssue(
      'attachment.unsupported_type',
      415,
      `Filen är inte av ett slag som kan tas emot, oavsett vad den heter. Godtagna slag: ${ACCEPTED_KINDS.sv}.`,
      `The file is not of a kind that can be accepted, whatever its name. Accepted kinds: ${ACCEPTED_KINDS.en}.`,
      { accepted: ACCEPTED_KINDS },
    );
  }
  await checkRequirementKey(deps.db, first, input.requirementKey);
  const filename = safeFilename(input.filename);
  const description = input.description?.trim() || null;
  const actor = actorOf(p);
  return deps.db.transaction(async (tx) => {
    // Checked again behind the lock: a submission may have happened since.
    const target = await loadAttachmentTarget(tx, p, input.caseId, input, { lock: true });
    requireMayAdd(p, target);
    const document = await storeDocument(tx, deps.store, deps.clock, actor, {
      bytes: input.bytes,
      filename,
      mediaType: kind.mediaType,
      kind: 'attachment',
      caseId: target.kase.id,
      projectId: target.kase.projectId,
      createdBy: p.userId,
    });
    const attachment = await insertAttachment(tx, {
      caseId: target.kase.id,
      documentId: document.id,
      paymentRequestId: target.paymentRequest?.id ?? null,
      reportId: target.report?.id ?? null,
      requirementKey: input.requirementKey ?? null,
      description,
      addedBy: p.userId,
      addedAt: deps.clock.now(),
    });
    await appendAudit(tx, deps.clock, actor, {
      action: 'attachment.added',
      entityType: 'attachment',
      entityId: attachment.id,
      after: {
        caseId: attachment.caseId,
        documentId: document.id,
        filename,
        mediaType: kind.mediaType,
        sizeBytes: document.sizeBytes,
        sha256: document.sha256,
        requirementKey: attachment.requirementKey,
        paymentRequestId: attachment.paymentRequestId,
        reportId: attachment.reportId,
        description,
      },
    });
    return { attachment, document };
  });
}
