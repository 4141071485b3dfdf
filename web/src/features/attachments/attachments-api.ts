import { ApiProblem, request, type RequestOptions } from '../../api.js';

/* The attachment routes (src/server/modules/attachments) as the web app calls them. */

export interface AttachmentItem {
  id: string;
  filename: string;
  mediaType: string;
  kindLabel: string;
  sizeBytes: number;
  sha256: string;
  requirementKey: string | null;
  description: string | null;
  paymentRequestId: string | null;
  reportId: string | null;
  addedBy: string;
  addedAt: string;
  removedAt: string | null;
  removedBy: string | null;
  canRemove: boolean;
}

export interface AttachmentList {
  /** The case files are uploaded to (for a payment request without a case yet, the project's). */
  caseId: string;
  items: AttachmentItem[];
  requirements: { key: string; title: string; description: string | null; present: boolean }[];
  canAdd: boolean;
  maxBytes: number;
}

/** What the files belong to: a case of its own, a payment request, or a report. */
export type AttachmentOwner = { caseId: string } | { paymentRequestId: string } | { reportId: string };

export const listAttachments = (owner: AttachmentOwner, o: RequestOptions) =>
  request<AttachmentList>(
    'GET',
    'paymentRequestId' in owner
      ? `/api/v1/payment-requests/${owner.paymentRequestId}/attachments`
      : 'reportId' in owner
        ? `/api/v1/reports/${owner.reportId}/attachments`
        : `/api/v1/cases/${owner.caseId}/attachments`,
    o,
  );

export const removeAttachment = (id: string, o: RequestOptions) =>
  request<undefined>('DELETE', `/api/v1/attachments/${id}`, o);

export const downloadUrl = (id: string) => `/api/v1/attachments/${id}`;

/**
 * Sends the file itself as the body (the server decides its kind from the bytes). XMLHttpRequest rather
 * than fetch, because only it reports upload progress.
 */
export function uploadAttachment(
  caseId: string,
  file: File,
  query: { requirementKey?: string; paymentRequestId?: string; reportId?: string },
  o: RequestOptions,
  onProgress: (percent: number) => void,
): Promise<AttachmentItem> {
  const params = new URLSearchParams({ filename: file.name || 'bilaga' });
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/cases/${caseId}/attachments?${params.toString()}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', o.lang);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    if (o.csrfToken) xhr.setRequestHeader('x-csrf-token', o.csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      const body = (() => {
        try {
          return JSON.parse(xhr.responseText) as unknown;
        } catch {
          return {};
        }
      })();
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as AttachmentItem);
      else {
        const problem = body as { detail?: string; details?: Record<string, unknown> };
        reject(new ApiProblem(xhr.status, problem.detail ?? xhr.statusText, problem.details ?? {}));
      }
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}
