// The typed API client: openapi-fetch over the types generated from the server's OpenAPI document
// (web/src/api/schema.d.ts, `npm run api:types`). Calls are named by path and method and checked against
// the contract: parameters, bodies and answers are typed. It sends what `request` in ../api.ts sends —
// same-origin credentials, Accept-Language, and the CSRF token on changes — and turns an error answer into
// the same ApiProblem, so a feature's API file can move to it without its pages changing.
import createClient, { type Middleware } from 'openapi-fetch';
import type { RequestOptions } from '../api.js';
import { ApiProblem } from './problem.js';
import type { components, paths } from './schema.js';

export type { components, paths };
/** The RFC 9457 problem every error answer carries. */
export type Problem = components['schemas']['Problem'];

const CSRF_HEADER = 'x-csrf-token';

/** The CSRF token goes only with changes, as in `request`. */
const csrfOnChanges: Middleware = {
  onRequest({ request }) {
    if (request.method === 'GET' || request.method === 'HEAD') request.headers.delete(CSRF_HEADER);
    return request;
  },
};

export const api = createClient<paths>({ credentials: 'same-origin' });
api.use(csrfOnChanges);

/** The per-call options for `api.GET(…, { …callOptions(o) })`: language, CSRF token and abort signal. */
export function callOptions(o: RequestOptions): { headers: Record<string, string>; signal?: AbortSignal } {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': o.lang };
  if (o.csrfToken) headers[CSRF_HEADER] = o.csrfToken;
  return { headers, ...(o.signal ? { signal: o.signal } : {}) };
}

/** The answer's data, or an ApiProblem with the server's `detail` when the answer is an error. */
export async function dataOf<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const problem = (typeof error === 'object' && error !== null ? error : {}) as Partial<Problem>;
    const details = problem.details && typeof problem.details === 'object' ? problem.details : {};
    throw new ApiProblem(response.status, problem.detail ?? response.statusText, details);
  }
  return data as T;
}
