import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../../domain/index.js';
import { toNumber, type Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { hasRole, requirePrincipal } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';
import { isStaffOf, loadVisibleCase } from '../cases/cases.policy.js';
import {
  assessmentView,
  PAYMENT_REQUEST_STATUSES,
  paymentInput,
  paymentRequestInput,
  paymentRequestView,
  positionView,
  requestListItem,
  approvalInput,
  rejectInput,
  returnInput,
  versionInput,
} from './payment-schema.js';
import { loadFigures, toAssessmentView, toPositionView } from './payment-figures.js';
import {
  fundersOfOrganizations,
  grantedProjectsOf,
  listPaymentRequests,
  paymentRequestIdOfCase,
  paymentsOfProject,
} from './payments.repository.js';
import { isProjectBeneficiary, isProjectOfficer, isProjectStaff, loadVisibleProject } from '../shared/project-scope.js';
import { isReturnedForCompletion, toRequestView } from './request-view.js';
import { approvePaymentRequest } from './use-cases/approve-payment-request.js';
import { recordPayment } from './use-cases/record-payment.js';
import { rejectPaymentRequest } from './use-cases/reject-payment-request.js';
import { returnPaymentRequest } from './use-cases/return-payment-request.js';
import { createPaymentRequest, loadVisibleRequest, updatePaymentRequest } from './use-cases/save-payment-request.js';
import { submitPaymentRequest } from './use-cases/submit-payment-request.js';

const tags = ['payments'];
const requestParams = z.object({ id: z.uuid() });
const projectParams = z.object({ projectId: z.uuid() });

const orgsWithRole = (p: Principal, roles: readonly string[]) => [
  ...new Set(p.roles.filter((r) => roles.includes(r.role)).map((r) => r.organizationId)),
];

/**
 * docs/domain/life-of-a-grant.md, "6. Reporting and payment": payment requests written by the beneficiary, checked by
 * the officer, paid by finance.
 */
export const paymentRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock }> = (app, deps) => {
  const viewOf = async (p: Principal, id: string) => {
    const scope = await loadVisibleRequest(deps.db, p, id);
    return toRequestView(deps.db, p, scope, scope.request);
  };

  app.get(
    '/payment-requests',
    {
      schema: {
        tags,
        summary: 'Begäran om utbetalning, lista / payment requests the caller may see',
        description:
          "The beneficiary sees its organisation's requests, drafts included; the funder's staff see the submitted ones of its projects. The oldest submitted first.",
        querystring: z.object({
          status: z.enum(PAYMENT_REQUEST_STATUSES).optional(),
          projectId: z.uuid().optional(),
          page: z.coerce.number().int().min(1).max(100_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(25),
        }),
        response: {
          200: z.object({
            items: z.array(requestListItem),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
            /**
             * What the caller may do with payment requests, by the roles the use cases require: write them (an
             * applicant of an organisation), check submitted ones (a case officer of a funder), record the payment
             * of approved ones (a finance officer of a funder).
             */
            actions: z.object({ create: z.boolean(), approve: z.boolean(), recordPayment: z.boolean() }),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { status, projectId, page, pageSize } = request.query;
      const staffOrgs = orgsWithRole(p, ['case_officer', 'decision_maker', 'administrator', 'finance_officer']);
      const staffFunders = await fundersOfOrganizations(deps.db, staffOrgs);
      const staffFunderIds = staffFunders.map((f) => f.id);
      const beneficiaryOrgIds = orgsWithRole(p, ['applicant']);
      const atSomeFunder = (role: 'case_officer' | 'finance_officer') =>
        staffFunders.some((f) => hasRole(p, role, f.organizationId));
      const { items, total } = await listPaymentRequests(deps.db, {
        beneficiaryOrgIds,
        staffFunderIds,
        status,
        projectId,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return {
        items: items.map((r) => ({
          id: r.id,
          projectId: r.projectId,
          projectName: r.projectName,
          diaryNumber: r.diaryNumber,
          kind: r.kind,
          status: r.status,
          returnedForCompletion: isReturnedForCompletion(r),
          period: r.periodStart && r.periodEnd ? { start: r.periodStart, end: r.periodEnd } : null,
          requestedOre: r.requestedOre,
          approvedCostsOre: r.approvedCostsOre,
          payableOre: r.payableOre,
          submittedAt: r.submittedAt?.toISOString() ?? null,
        })),
        total,
        page,
        pageSize,
        actions: {
          create: beneficiaryOrgIds.length > 0,
          approve: atSomeFunder('case_officer'),
          recordPayment: atSomeFunder('finance_officer'),
        },
      };
    },
  );

  app.get(
    '/my/payment-projects',
    {
      schema: {
        tags,
        summary: 'Min organisations beviljade projekt / my organisation’s granted projects',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                name: z.string(),
                acronym: z.string().nullable(),
                status: z.string(),
                grantedOre: z.number().nullable(),
                paidOre: z.number(),
                period: z.object({ start: z.string(), end: z.string() }).nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const rows = await grantedProjectsOf(deps.db, orgsWithRole(p, ['applicant']));
      return {
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          acronym: r.acronym,
          status: r.status,
          grantedOre: r.grantedOre,
          paidOre: toNumber(r.paidOre),
          period: r.periodStart && r.periodEnd ? { start: r.periodStart, end: r.periodEnd } : null,
        })),
      };
    },
  );

  app.get(
    '/projects/:projectId/payments',
    {
      schema: {
        tags,
        summary: 'Projektets utbetalningar / the payments of a project',
        params: projectParams,
        response: {
          200: z.object({
            project: z.object({ id: z.uuid(), name: z.string(), acronym: z.string().nullable() }),
            period: z.object({ start: z.string(), end: z.string() }).nullable(),
            approvedCostsInDecisionOre: z.number().nullable(),
            position: positionView.nullable(),
            remainingGrantOre: z.number().nullable(),
            requests: z.array(requestListItem),
            payments: z.array(
              z.object({
                id: z.uuid(),
                amountOre: z.number(),
                paidOn: z.string(),
                reference: z.string().nullable(),
                paymentRequestId: z.uuid().nullable(),
              }),
            ),
            actions: z.object({
              createRequest: z.boolean(),
              /** A case officer of the funder keeps the reporting plan (PUT /projects/:id/reporting-plan). */
              editReportingPlan: z.boolean(),
            }),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const scope = await loadVisibleProject(deps.db, p, request.params.projectId);
      const figures = await loadFigures(deps.db, scope, null).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'payment.no_grant') return null;
        throw error;
      });
      const beneficiary = isProjectBeneficiary(p, scope);
      const list = await listPaymentRequests(deps.db, {
        beneficiaryOrgIds: beneficiary ? [scope.project.ownerOrganizationId] : [],
        staffFunderIds: isProjectStaff(p, scope) ? [scope.funder.id] : [],
        projectId: scope.project.id,
        limit: 100,
        offset: 0,
      });
      const paid = await paymentsOfProject(deps.db, scope.project.id);
      return {
        project: { id: scope.project.id, name: scope.project.name, acronym: scope.project.acronym },
        period: figures?.basis.terms.period ?? null,
        approvedCostsInDecisionOre: figures?.basis.terms.approvedCosts ?? null,
        position: figures ? toPositionView(figures.basis, figures.position) : null,
        remainingGrantOre: figures ? Math.max(0, figures.basis.grantAmount - figures.position.committed) : null,
        requests: list.items.map((r) => ({
          id: r.id,
          projectId: r.projectId,
          projectName: r.projectName,
          diaryNumber: r.diaryNumber,
          kind: r.kind,
          status: r.status,
          returnedForCompletion: isReturnedForCompletion(r),
          period: r.periodStart && r.periodEnd ? { start: r.periodStart, end: r.periodEnd } : null,
          requestedOre: r.requestedOre,
          approvedCostsOre: r.approvedCostsOre,
          payableOre: r.payableOre,
          submittedAt: r.submittedAt?.toISOString() ?? null,
        })),
        payments: paid.map((x) => ({
          id: x.id,
          amountOre: x.amountOre,
          paidOn: x.paidOn,
          reference: x.reference,
          paymentRequestId: x.paymentRequestId,
        })),
        actions: { createRequest: beneficiary && figures !== null, editReportingPlan: isProjectOfficer(p, scope) },
      };
    },
  );

  app.post(
    '/projects/:projectId/payment-requests',
    {
      schema: {
        tags,
        summary: 'Ny begäran om utbetalning (utkast) / new payment request (draft)',
        params: projectParams,
        body: paymentRequestInput,
        response: { 201: paymentRequestView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const row = await createPaymentRequest(deps, p, request.params.projectId, request.body);
      return reply.status(201).send(await viewOf(p, row.id));
    },
  );

  app.get(
    '/payment-requests/:id',
    {
      schema: {
        tags,
        summary: 'Begäran om utbetalning / a payment request',
        params: requestParams,
        response: { 200: paymentRequestView },
      },
    },
    async (request) => viewOf(requirePrincipal(request), request.params.id),
  );

  app.put(
    '/payment-requests/:id',
    {
      schema: {
        tags,
        summary: 'Spara utkast / save the draft',
        params: requestParams,
        body: paymentRequestInput.and(versionInput),
        response: { 200: paymentRequestView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await updatePaymentRequest(deps, p, request.params.id, request.body);
      return viewOf(p, request.params.id);
    },
  );

  app.post(
    '/payment-requests/:id/submit',
    {
      schema: {
        tags,
        summary: 'Skicka in / submit',
        params: requestParams,
        body: versionInput,
        response: { 200: paymentRequestView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await submitPaymentRequest(deps, p, request.params.id, request.body);
      return viewOf(p, request.params.id);
    },
  );

  app.post(
    '/payment-requests/:id/approve',
    {
      schema: {
        tags,
        summary: 'Godkänn kostnader / approve the costs (case officer)',
        description:
          'Approved ≤ claimed per category, a motivation where cut. The payable amount is computed by the domain (docs/domain/rules.md) behind a lock on the project: 422 when a rule or the ceiling of all payments would break.',
        params: requestParams,
        body: approvalInput,
        response: {
          200: z.object({ request: paymentRequestView, assessment: assessmentView, emailId: z.uuid().nullable() }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const result = await approvePaymentRequest(deps, p, request.params.id, request.body);
      return {
        request: await viewOf(p, request.params.id),
        assessment: toAssessmentView(result.assessment),
        emailId: result.emailId,
      };
    },
  );

  app.post(
    '/payment-requests/:id/return',
    {
      schema: {
        tags,
        summary: 'Återsänd för komplettering / return for completion (case officer)',
        description:
          'A submitted request goes back to the beneficiary as a draft with the message of what to complete; its case keeps its diary number and the request is submitted again from there. 409 unless submitted.',
        params: requestParams,
        body: returnInput,
        response: { 200: z.object({ request: paymentRequestView, emailId: z.uuid().nullable() }) },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const result = await returnPaymentRequest(deps, p, request.params.id, request.body);
      return { request: await viewOf(p, request.params.id), emailId: result.emailId };
    },
  );

  app.post(
    '/payment-requests/:id/reject',
    {
      schema: {
        tags,
        summary: 'Avslå / reject the request (case officer)',
        description:
          'A submitted request is rejected with reasons: final, nothing is payable and it counts in no figure of the project; its case is decided as rejected. 409 unless submitted.',
        params: requestParams,
        body: rejectInput,
        response: { 200: z.object({ request: paymentRequestView, emailId: z.uuid().nullable() }) },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const result = await rejectPaymentRequest(deps, p, request.params.id, request.body);
      return { request: await viewOf(p, request.params.id), emailId: result.emailId };
    },
  );

  app.post(
    '/payment-requests/:id/payment',
    {
      schema: {
        tags,
        summary: 'Registrera utbetalning / record the payment (finance officer)',
        params: requestParams,
        body: paymentInput,
        response: { 200: paymentRequestView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await recordPayment(deps, p, request.params.id, request.body);
      return viewOf(p, request.params.id);
    },
  );

  app.get(
    '/cases/:caseId/payment-links',
    {
      schema: {
        tags,
        summary: 'Ärendets projekt och begäran om utbetalning / where a case’s payments are',
        params: z.object({ caseId: z.uuid() }),
        response: { 200: z.object({ projectId: z.uuid().nullable(), paymentRequestId: z.uuid().nullable() }) },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const scope = await loadVisibleCase(deps.db, p, request.params.caseId);
      const paymentRequestId = await paymentRequestIdOfCase(deps.db, scope.kase.id);
      const projectId = scope.kase.projectId;
      // Only a project the caller may see through the payment rules (staff of its funder, or its owner).
      const visible =
        projectId !== null &&
        (isStaffOf(p, scope.funder.organizationId) ||
          (await loadVisibleProject(deps.db, p, projectId).then(
            () => true,
            () => false,
          )));
      return { projectId: visible ? projectId : null, paymentRequestId };
    },
  );

  return Promise.resolve();
};
