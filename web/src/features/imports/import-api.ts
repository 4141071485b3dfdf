import type { Extraction } from '../../../../src/import/contract.js';
import { ApiProblem, request, type RequestOptions } from '../../api.js';

export type { Extraction };

/** Sends the file itself as the body; nothing is stored. */
export async function extractUpload(file: File, o: RequestOptions): Promise<{ extraction: Extraction; text: string }> {
  const res = await fetch(`/api/v1/imports/extract?${new URLSearchParams({ filename: file.name }).toString()}`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'accept-language': o.lang,
      'content-type': file.type === 'application/pdf' ? 'application/pdf' : 'application/octet-stream',
      ...(o.csrfToken ? { 'x-csrf-token': o.csrfToken } : {}),
    },
    body: file,
    credentials: 'same-origin',
  });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { detail?: string };
    throw new ApiProblem(res.status, problem.detail ?? res.statusText);
  }
  return (await res.json()) as { extraction: Extraction; text: string };
}

export interface ImportResult {
  kind: 'imported' | 'stored_for_review' | 'already_imported';
  sourceId: string;
  created: { type: string; id: string }[];
  notes: string[];
}

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function importReviewed(file: File, extraction: Extraction, o: RequestOptions): Promise<ImportResult> {
  return request<ImportResult>('POST', '/api/v1/imports', o, {
    filename: file.name,
    mediaType: file.type || 'application/octet-stream',
    contentBase64: await base64Of(file),
    extraction,
  });
}
