import { api, callOptions, dataOf, type paths } from './api/client.js';
import { ApiProblem } from './api/problem.js';

/** An RFC 9457 problem answer (api/problem.ts): what every call throws for an error answer. */
export { ApiProblem };

export interface RequestOptions {
  lang: string;
  csrfToken?: string | null;
  signal?: AbortSignal;
}

// ---- Signed-in API (docs/domain/life-of-a-grant.md). Unsafe methods carry the CSRF token kept in memory. ----
// The shapes are the contract's (web/src/api/schema.d.ts, generated from the server's OpenAPI document) and
// every call goes through the typed client (api/client.ts).
type Json<Answer> = Answer extends { content: { 'application/json': infer Body } } ? Body : never;

/** What sign-in and /auth/me answer: the user, what they may reach (`user.can`) and the CSRF token. */
export type Session = Json<paths['/api/v1/auth/me']['get']['responses'][200]>;
export type SessionUser = Session['user'];

export const login = (email: string, password: string, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/auth/login', { body: { email, password }, ...callOptions(o) }));
export const fetchMe = (o: RequestOptions) => dataOf(api.GET('/api/v1/auth/me', callOptions(o)));
export const logout = (o: RequestOptions) => dataOf(api.POST('/api/v1/auth/logout', callOptions(o)));
/** Whether the installation offers sign-in through an organisation's own provider (OpenID Connect). */
export type OidcStatus = Json<paths['/api/v1/auth/oidc']['get']['responses'][200]>;
export const getOidcStatus = (lang: string, signal?: AbortSignal) =>
  dataOf(api.GET('/api/v1/auth/oidc', callOptions({ lang, signal })));

type Application = paths['/api/v1/applications/{caseId}'];
export type Funder = Json<paths['/api/v1/funders']['get']['responses'][200]>['items'][number];
export type MyCase = Json<paths['/api/v1/my/cases']['get']['responses'][200]>['items'][number];
/** The application form as the server takes it (every field optional while a draft). */
export type ApplicationInput = Application['put']['requestBody']['content']['application/json']['content'];

export const listFunders = (o: RequestOptions) => dataOf(api.GET('/api/v1/funders', callOptions(o)));
export const listMyCases = (o: RequestOptions) => dataOf(api.GET('/api/v1/my/cases', callOptions(o)));
export const createApplication = (funderId: string, content: ApplicationInput, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/applications', { body: { funderId, content }, ...callOptions(o) }));
// Reading, saving and submitting an application: features/applications/applications-api.ts.

export type InboxItem = Json<paths['/api/v1/inbox']['get']['responses'][200]>['items'][number];

export type CaseTimeline = Json<paths['/api/v1/cases/{caseId}/timeline']['get']['responses'][200]>;
export const getCaseTimeline = (caseId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/cases/{caseId}/timeline', { params: { path: { caseId } }, ...callOptions(o) }));
