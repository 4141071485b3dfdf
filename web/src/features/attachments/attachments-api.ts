import { ApiProblem, type RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths, type Problem } from '../../api/client.js';

/* The attachment routes (src/server/modules/attachments) as the web app calls them; the shapes are the contract's. */

type CaseAttachments = paths['/api/v1/cases/{caseId}/attachments'];
/** The files of a case, payment request or report; `caseId` is the case files are uploaded to. */
export type AttachmentList = CaseAttachments['get']['responses'][200]['content']['application/json'];
export type AttachmentItem = CaseAttachments['post']['responses'][201]['content']['application/json'];
type UploadQuery = Omit<CaseAttachments['post']['parameters']['query'], 'filename'>;

/** What the files belong to: a case of its own, a payment request, or a report. */
export type AttachmentOwner = { caseId: string } | { paymentRequestId: string } | { reportId: string };

export const listAttachments = (owner: AttachmentOwner, o: RequestOptions) =>
  dataOf(
    'paymentRequestId' in owner
      ? api.GET('/api/v1/payment-requests/{id}/attachments', {
          params: { path: { id: owner.paymentRequestId } },
          ...callOptions(o),
        })
      : 'reportId' in owner
        ? api.GET('/api/v1/reports/{id}/attachments', { params: { path: { id: owner.reportId } }, ...callOptions(o) })
        : api.GET('/api/v1/cases/{caseId}/attachments', {
            params: { path: { caseId: owner.caseId } },
            ...callOptions(o),
          }),
  );

export const removeAttachment = (attachmentId: string, o: RequestOptions) =>
  dataOf(api.DELETE('/api/v1/attachments/{attachmentId}', { params: { path: { attachmentId } }, ...callOptions(o) }));

export const downloadUrl = (id: string) => `/api/v1/attachments/${id}`;

/**
 * Sends the file itself as the body (the server decides its kind from the bytes). XMLHttpRequest rather
 * than fetch, because only it reports upload progress; the answer is the contract's attachment.
 */
export function uploadAttachment(
  caseId: string,
  file: File,
  query: UploadQuery,
  o: RequestOptions,
  onProgress: (percent: number) => void,
): Promise<AttachmentItem> {
  const params = new URLSearchParams({ filename: file.name || 'bilaga' });
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return new Promise((resolve, reject) => {
    // eslint-disable-next-line no-restricted-globals -- the upload's progress needs XMLHttpRequest (see above)
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
        const problem = body as Partial<Problem>;
        reject(new ApiProblem(xhr.status, problem.detail ?? xhr.statusText, problem.details ?? {}));
      }
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}
