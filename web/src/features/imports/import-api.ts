import { ApiProblem, type RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths, type Problem } from '../../api/client.js';

/* The import routes (src/server/modules/imports) as the web app calls them; the shapes are the contract's. */

type Extract = paths['/api/v1/imports/extract']['post'];
type ExtractAnswer = Extract['responses'][200]['content']['application/json'];
/** What Bidra read out of a legacy document (docs/domain/import.md), as the officer reviews and corrects it. */
export type Extraction = ExtractAnswer['extraction'];
export type ExtractedProject = Extraction['projects'][number];
export type Genre = Extraction['genre'];
export type ImportResult = paths['/api/v1/imports']['post']['responses'][200]['content']['application/json'];

export const GENRES = [
  'grant_decision',
  'amendment_decision',
  'closure',
  'state_allocation',
  'press_release',
  'unknown',
] as const satisfies readonly Genre[];
// Every genre the contract knows is listed above.
const _allGenres: (typeof GENRES)[number] extends Genre
  ? Genre extends (typeof GENRES)[number]
    ? true
    : never
  : never = true;

/** Sends the file itself as the body (the route takes the bytes, not JSON); nothing is stored. */
export async function extractUpload(file: File, o: RequestOptions): Promise<ExtractAnswer> {
  const query: Extract['parameters']['query'] = { filename: file.name };
  // The body is the file's bytes, which openapi-fetch would serialise as JSON; the answer is typed above.
  // eslint-disable-next-line no-restricted-globals
  const res = await fetch(`/api/v1/imports/extract?${new URLSearchParams(query).toString()}`, {
    method: 'POST',
    headers: {
      ...callOptions(o).headers,
      'content-type': file.type === 'application/pdf' ? 'application/pdf' : 'application/octet-stream',
    },
    body: file,
    credentials: 'same-origin',
  });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as Partial<Problem>;
    throw new ApiProblem(res.status, problem.detail ?? res.statusText);
  }
  return (await res.json()) as ExtractAnswer;
}

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function importReviewed(file: File, extraction: Extraction, o: RequestOptions): Promise<ImportResult> {
  return dataOf(
    api.POST('/api/v1/imports', {
      body: {
        filename: file.name,
        mediaType: file.type || 'application/octet-stream',
        contentBase64: await base64Of(file),
        extraction,
      },
      ...callOptions(o),
    }),
  );
}
