import { request, type RequestOptions } from '../../api.js';

/* The message routes (src/server/modules/messages) as the web app calls them. */

export interface MessageItem {
  id: string;
  kind: 'completion_request' | 'completion_answer' | 'message';
  body: string;
  dueDate: string | null;
  replyToId: string | null;
  author: string;
  fromFunder: boolean;
  createdAt: string;
  answeredAt: string | null;
}

export interface Conversation {
  caseId: string;
  caseKind: string;
  caseStatus: string;
  caseVersion: number;
  diaryNumber: string | null;
  items: MessageItem[];
  openRequest: MessageItem | null;
  actions: { requestCompletion: boolean; write: boolean; answer: boolean };
}

export interface OpenCompletionRequest {
  caseId: string;
  title: string;
  diaryNumber: string | null;
  requestId: string;
  body: string;
  dueDate: string | null;
  requestedAt: string;
}

export const getConversation = (caseId: string, o: RequestOptions) =>
  request<Conversation>('GET', `/api/v1/cases/${caseId}/messages`, o);
export const requestCompletion = (
  caseId: string,
  body: { message: string; dueDate: string; version: number },
  o: RequestOptions,
) => request<Conversation>('POST', `/api/v1/cases/${caseId}/completion-requests`, o, body);
export const postMessage = (caseId: string, body: { body: string; replyToId?: string }, o: RequestOptions) =>
  request<MessageItem>('POST', `/api/v1/cases/${caseId}/messages`, o, body);
export const myCompletionRequests = (o: RequestOptions) =>
  request<{ items: OpenCompletionRequest[] }>('GET', '/api/v1/my/completion-requests', o);
