import type { RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';

/* The message routes (src/server/modules/messages) as the web app calls them; the shapes are the contract's. */

type MessagesPath = paths['/api/v1/cases/{caseId}/messages'];
export type Conversation = MessagesPath['get']['responses'][200]['content']['application/json'];
export type MessageItem = Conversation['items'][number];
export type OpenCompletionRequest =
  paths['/api/v1/my/completion-requests']['get']['responses'][200]['content']['application/json']['items'][number];
type CompletionRequestInput =
  paths['/api/v1/cases/{caseId}/completion-requests']['post']['requestBody']['content']['application/json'];
type MessageInput = MessagesPath['post']['requestBody']['content']['application/json'];

export const getConversation = (caseId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/cases/{caseId}/messages', { params: { path: { caseId } }, ...callOptions(o) }));
export const requestCompletion = (caseId: string, body: CompletionRequestInput, o: RequestOptions) =>
  dataOf(
    api.POST('/api/v1/cases/{caseId}/completion-requests', { params: { path: { caseId } }, body, ...callOptions(o) }),
  );
export const postMessage = (caseId: string, body: MessageInput, o: RequestOptions) =>
  dataOf(api.POST('/api/v1/cases/{caseId}/messages', { params: { path: { caseId } }, body, ...callOptions(o) }));
export const myCompletionRequests = (o: RequestOptions) =>
  dataOf(api.GET('/api/v1/my/completion-requests', { ...callOptions(o) }));
