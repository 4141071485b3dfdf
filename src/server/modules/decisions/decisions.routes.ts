import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../../domain/index.js';
import type { Db } from '../../db/client.js';
import type { DocumentStore } from '../../documents/document-store.js';
import { requirePrincipal } from '../auth/policy.js';
import { authorityOptions } from './decision-authority.js';
import { runDecisionChecks } from './decision-checks.js';
import type { DecisionKinds } from './decision-kinds.js';
import {
  decisionDraftInput,
  decisionUpdateInput,
  decisionView,
  findingView,
  toDecisionView,
} from './decision-schema.js';
import { decisionNotFound, isCaseApplicant, isFunderStaff, requireFunderStaff } from '../cases/cases.policy.js';
import { findDocument } from './decisions.repository.js';
import { decisionAlreadyApproved } from './decision-errors.js';
import { previewDecisionLetter } from '../../documents/decision-letter/produce-decision-letter.js';
import { approveDecision } from './use-cases/approve-decision.js';
import { proposeDecision, returnDecisionToAssessment } from './use-cases/propose-decision.js';
import { createDecisionDraft, loadVisibleDecision, updateDecisionDraft } from './use-cases/save-decision-draft.js';

const decisionParams = z.object({ id: z.uuid() });
const tags = ['decisions'];

/** docs/domain/life-of-a-grant.md, "4. Decision": drafting, live checks, proposal, approval and the decision letter. */
export const decisionRoutes: FastifyPluginAsyncZod<{
  db: Db;
  clock: Clock;
  store: DocumentStore;
  kinds: DecisionKinds;
}> = (app, deps) => {
  app.post(
    '/cases/:caseId/decisions',
    {
      schema: {
        tags,
        summary: 'Nytt beslutsutkast / new decision draft',
        params: z.object({ caseId: z.uuid() }),
        body: decisionDraftInput,
        response: { 201: decisionView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const row = await createDecisionDraft(deps, p, request.params.caseId, request.body);
      return reply.status(201).send(toDecisionView(row));
    },
  );

  app.get(
    '/decisions/:id',
    { schema: { tags, summary: 'Beslut / a decision', params: decisionParams, response: { 200: decisionView } } },
    async (request) => {
      const p = requirePrincipal(request);
      const scope = await loadVisibleDecision(deps.db, p, request.params.id);
      // The applicant sees a decision once it is made (it is then a public record), never a draft.
      if (!isFunderStaff(p, scope) && scope.decision.approvedAt === null) throw decisionNotFound();
      return toDecisionView(scope.decision);
    },
  );

  app.put(
    '/decisions/:id',
    {
      schema: {
        tags,
        summary: 'Ändra beslutsutkast / edit a decision draft',
        params: decisionParams,
        body: decisionUpdateInput,
        response: { 200: decisionView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      return toDecisionView(await updateDecisionDraft(deps, p, request.params.id, request.body));
    },
  );

  app.get(
    '/decisions/:id/checks',
    {
      schema: {
        tags,
        summary: 'Regelkontroller / live rule checks',
        params: decisionParams,
        response: { 200: z.object({ findings: z.array(findingView), approvable: z.boolean() }) },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const scope = await loadVisibleDecision(deps.db, p, request.params.id);
      requireFunderStaff(p, scope);
      const findings = await runDecisionChecks(deps.db, deps.clock, deps.kinds, scope);
      return { findings, approvable: !findings.some((f) => f.severity === 'error') };
    },
  );

  app.get(
    '/decisions/:id/authority',
    {
      schema: {
        tags,
        summary: 'Delegationsordningen för beslutet / who may decide it',
        description:
          "The delegation order in force on the decision's day (today for a draft), its points covering the decision's kind, and the chair's capacity (who alone may take an urgent decision, kommunallagen 6 kap. 39 §). Funder staff only.",
        params: decisionParams,
        response: {
          200: z.object({
            on: z.string(),
            order: z
              .object({
                id: z.uuid(),
                validFrom: z.string(),
                adoptedBy: z.string().nullable(),
                chairCapacity: z.string().nullable(),
              })
              .nullable(),
            points: z.array(
              z.object({
                id: z.uuid(),
                number: z.string(),
                text: z.string(),
                decisionKinds: z.array(z.string()),
                deciderRole: z.string(),
                deciderCapacity: z.string().nullable(),
                amountLimitOre: z.number().nullable(),
                reportToCommittee: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const scope = await loadVisibleDecision(deps.db, p, request.params.id);
      requireFunderStaff(p, scope);
      return authorityOptions(deps.db, deps.clock, scope.decision, scope.funder);
    },
  );

  app.post(
    '/decisions/:id/propose',
    {
      schema: {
        tags,
        summary: 'Lägg beslutsförslag / propose the decision',
        description:
          'Refused 422 naming every rule that would refuse the approval (authority under the delegation order, reasons, completeness, share cap …), except an overdrawn appropriation, which the decision maker may allow with a reason.',
        params: decisionParams,
        response: { 200: decisionView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      return toDecisionView(await proposeDecision(deps, p, request.params.id));
    },
  );

  app.post(
    '/decisions/:id/return',
    {
      schema: {
        tags,
        summary: 'Återför till bedömning / send the proposal back for assessment',
        params: decisionParams,
        response: { 200: decisionView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      return toDecisionView(await returnDecisionToAssessment(deps, p, request.params.id));
    },
  );

  app.post(
    '/decisions/:id/approve',
    {
      schema: {
        tags,
        summary: 'Fatta beslutet / approve the decision',
        params: decisionParams,
        body: z.object({ overrideReason: z.string().trim().min(1).max(2000).optional() }).default({}),
        response: {
          200: z.object({
            decision: decisionView,
            caseStatus: z.string(),
            findings: z.array(findingView),
            emailId: z.uuid().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const result = await approveDecision(deps, p, request.params.id, request.body);
      return { ...result, decision: toDecisionView(result.decision) };
    },
  );

  app.get(
    '/decisions/:id/letter-preview.pdf',
    {
      schema: {
        tags,
        summary: 'Förhandsgranska beslutsbrevet / preview the letter of a draft',
        description:
          'The letter a draft or proposal would get if approved today, marked UTKAST on every page. Funder staff only; nothing is stored or sent. An approved decision answers 409: download its letter of record instead.',
        params: decisionParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const scope = await loadVisibleDecision(deps.db, p, request.params.id);
      requireFunderStaff(p, scope);
      if (scope.decision.approvedAt !== null) throw decisionAlreadyApproved();
      const preview = await previewDecisionLetter(deps.db, deps.clock, scope.decision.id);
      return reply
        .type('application/pdf')
        .header('cache-control', 'no-store')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(preview.filename)}`)
        .send(preview.bytes);
    },
  );

  app.get(
    '/decisions/:id/letter.pdf',
    {
      schema: {
        tags,
        summary: 'Beslutsbrevet (PDF) / the decision letter',
        params: decisionParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const scope = await loadVisibleDecision(deps.db, p, request.params.id);
      if (!(isFunderStaff(p, scope) || isCaseApplicant(p, scope))) throw decisionNotFound();
      const documentId = scope.decision.approvedAt ? scope.decision.documentId : null;
      const document = documentId ? await findDocument(deps.db, documentId) : null;
      if (!document) {
        throw decisionNotFound();
      }
      const bytes = await deps.store.get(document.storageKey);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(document.filename)}`)
        .header('x-content-sha256', document.sha256)
        .send(bytes);
    },
  );
  return Promise.resolve();
};
