import type { RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';

// The application routes (src/server/modules/applications) as the editor calls them; the shapes are the
// contract's (web/src/api/schema.d.ts).
type Application = paths['/api/v1/applications/{caseId}'];
type Json<Answer> = Answer extends { content: { 'application/json': infer Body } } ? Body : never;

export type ApplicationView = Json<Application['get']['responses'][200]>;
/** The form as a draft is saved: a budget line or a financier may lack what is not filled in yet. */
export type DraftContent = Application['put']['requestBody']['content']['application/json']['content'];
export type ServerIssue = ApplicationView['issues'][number];
export type SubmitResult = Json<paths['/api/v1/applications/{caseId}/submit']['post']['responses'][200]>;

export const getApplication = (caseId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/applications/{caseId}', { params: { path: { caseId } }, ...callOptions(o) }));

export const saveApplication = (caseId: string, version: number, content: DraftContent, o: RequestOptions) =>
  dataOf(
    api.PUT('/api/v1/applications/{caseId}', {
      params: { path: { caseId } },
      body: { version, content },
      ...callOptions(o),
    }),
  );

export const submitApplication = (caseId: string, version: number, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/applications/{caseId}/submit', {
      params: { path: { caseId } },
      body: { version },
      ...callOptions(o),
    }),
  );
