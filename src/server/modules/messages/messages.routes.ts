import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.js';
import { hasRole, requirePrincipal } from '../auth/policy.js';
import { longText } from '../attachments/attachment-schema.js';
import {
  conversationOf,
  conversationView,
  messageItem,
  myCompletionRequests,
  myCompletionRequestsOf,
} from './message-view.js';
import { loadConversation } from './messages.policy.js';
import { postMessage } from './use-cases/post-message.js';
import { requestCompletion } from './use-cases/request-completion.js';

const tags = ['messages'];
const caseParams = z.object({ caseId: z.uuid() });
const MESSAGE_MAX = 5000;

/** The conversation on a case and the officer's completion requests; see docs/domain/attachments-and-messages.md. */
export const messageRoutes: FastifyPluginAsyncZod<ModuleDeps> = (app, deps) => {
  const view = async (caseId: string, p: Parameters<typeof conversationOf>[1]) =>
    conversationOf(deps.db, p, await loadConversation(deps.db, p, caseId));

  app.get(
    '/cases/:caseId/messages',
    {
      schema: {
        tags,
        summary: 'Ärendets meddelanden / the conversation on a case',
        params: caseParams,
        response: { 200: conversationView },
      },
    },
    async (request) => view(request.params.caseId, requirePrincipal(request)),
  );

  app.post(
    '/cases/:caseId/completion-requests',
    {
      schema: {
        tags,
        summary: 'Begär komplettering / ask the applicant to complete the application',
        description:
          'A case officer returns a submitted application (or one in assessment) to the applicant with what is missing and a due date. 409 when the case version is stale or the case cannot be returned.',
        params: caseParams,
        body: z.object({
          message: longText(MESSAGE_MAX),
          dueDate: z.iso.date(),
          version: z.number().int().min(1),
        }),
        response: { 201: conversationView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      await requestCompletion(deps, p, request.params.caseId, request.body);
      return reply.status(201).send(await view(request.params.caseId, p));
    },
  );

  app.post(
    '/cases/:caseId/messages',
    {
      schema: {
        tags,
        summary: 'Skriv ett meddelande eller svara / write a message or answer',
        description:
          'The applicant’s reply to an open completion request is its answer, sent to the officer with the application when it is submitted again.',
        params: caseParams,
        body: z.object({ body: longText(MESSAGE_MAX), replyToId: z.uuid().optional() }),
        response: { 201: messageItem },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const message = await postMessage(deps, p, request.params.caseId, request.body);
      const conversation = await view(request.params.caseId, p);
      return reply.status(201).send(conversation.items.find((m) => m.id === message.id)!);
    },
  );

  app.get(
    '/my/completion-requests',
    {
      schema: {
        tags,
        summary: 'Kompletteringar att göra / completion requests of my organisation',
        response: { 200: myCompletionRequests },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const org = p.organizationId;
      return org && hasRole(p, 'applicant', org) ? myCompletionRequestsOf(deps.db, org) : { items: [] };
    },
  );
  return Promise.resolve();
};
