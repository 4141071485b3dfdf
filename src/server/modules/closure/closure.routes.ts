import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isProjectOpen, ore, PROJECT_STATUSES, releaseOnClosure, type Clock } from '../../../domain/index.js';
import type { Db } from '../../db/client.js';
import type { Decision, Recovery, Report } from './closure.repository.js';
import { hasRole, requirePrincipal } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';
import {
  isProjectBeneficiary,
  isProjectStaff,
  loadVisibleProject,
  type ProjectScope,
} from '../shared/project-scope.js';
import { grantTermsInForce } from '../projects/project-snapshot.js';
import {
  closeDecisionOf,
  finalPaymentRecorded,
  paidOnProject,
  pendingClosureDecisions,
  recoveriesOfProject,
  reportsOfProject,
} from './closure.repository.js';
import { closeProject } from './use-cases/close-project.js';
import { createRecovery, recordRecoveryReceived } from './use-cases/recoveries.js';
import {
  approveReport,
  createReport,
  loadVisibleReport,
  reportState,
  submitReport,
  updateReport,
} from './use-cases/reports.js';
import { withdrawCommission } from './use-cases/withdraw-commission.js';

const tags = ['closure'];
const idParams = z.object({ id: z.uuid() });
const projectParams = z.object({ projectId: z.uuid() });
const localDate = z.iso.date();
const version = z.object({ version: z.number().int().min(1) });
const text = z.string().max(20_000);
const content = z.object({ summary: text, results: text, indicators: text.default('') });
const period = z.object({ start: localDate, end: localDate }).refine((p) => p.start <= p.end, {
  message: 'The period must start before it ends.',
});

const reportView = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  kind: z.enum(['progress', 'final']),
  status: z.enum(['draft', 'submitted', 'approved']),
  period: z.object({ start: z.string(), end: z.string() }).nullable(),
  content: z.object({ summary: z.string(), results: z.string(), indicators: z.string() }),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  version: z.number(),
  actions: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean() }),
});

const recoveryView = z.object({
  id: z.uuid(),
  decisionId: z.uuid().nullable(),
  kind: z.enum(['repayment', 'recovery']),
  amountOre: z.number(),
  reason: z.string(),
  dueDate: z.string().nullable(),
  receivedOre: z.number().nullable(),
  receivedOn: z.string().nullable(),
  version: z.number(),
});

/** A withdrawal, recovery or closure the officer has drafted or proposed, waiting for its decision maker. */
const pendingDecisionView = z.object({
  id: z.uuid(),
  kind: z.enum(['withdraw', 'recover', 'close']),
  status: z.enum(['draft', 'proposed']),
  amountOre: z.number().nullable(),
  reasons: z.string().nullable(),
  dueDate: z.string().nullable(),
  recoveryKind: z.enum(['repayment', 'recovery']).nullable(),
  version: z.number(),
  /**
   * What the caller may do with it now, as POST /decisions/{id}/propose and /approve decide: a case officer of
   * the funder proposes a draft; a decision maker of the funder other than its author decides a proposal.
   */
  actions: z.object({ propose: z.boolean(), decide: z.boolean() }),
});

/** Who decides, as the officer proposes it: the committee at a meeting, or a delegation point. */
const proposedAuthority = {
  meetingId: z.uuid().nullable().optional(),
  delegationPoint: z.string().trim().max(40).nullable().optional(),
};

const draftDecisionResponse = z.object({
  decisionId: z.uuid(),
  status: z.literal('draft'),
  kind: z.enum(['withdraw', 'recover', 'close']),
  amountOre: z.number().nullable(),
});

const closureView = z.object({
  project: z.object({ id: z.uuid(), name: z.string(), status: z.enum(PROJECT_STATUSES) }),
  grantedOre: z.number(),
  paidOre: z.number(),
  /**
   * What closing releases now (granted in force − paid), or what the closing decision released: the funder's
   * figure, for its staff. The beneficiary gets null until the closing decision is made, then what it released.
   */
  releaseOre: z.number().nullable(),
  conditions: z.object({ finalReportApproved: z.boolean(), finalPaymentRecorded: z.boolean() }),
  finalReport: reportView.nullable(),
  progressReports: z.array(reportView),
  recoveries: z.array(recoveryView),
  /** Withdrawal, recovery and closing decisions drafted or proposed and not yet decided. */
  pendingDecisions: z.array(pendingDecisionView),
  closed: z
    .object({
      decisionId: z.uuid(),
      decisionDate: z.string().nullable(),
      releasedOre: z.number(),
      reasons: z.string().nullable(),
    })
    .nullable(),
  actions: z.object({
    writeReport: z.boolean(),
    approveReport: z.boolean(),
    close: z.boolean(),
    recover: z.boolean(),
    recordReceived: z.boolean(),
  }),
});

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function toReportView(p: Principal, scope: ProjectScope, r: Report): z.infer<typeof reportView> {
  const state = reportState(r);
  const beneficiary = isProjectBeneficiary(p, scope);
  const open = isProjectOpen(scope.project.status);
  return {
    id: r.id,
    projectId: r.projectId,
    kind: r.kind,
    status: state,
    period: r.periodStart && r.periodEnd ? { start: r.periodStart, end: r.periodEnd } : null,
    content: {
      summary: str(r.content.summary),
      results: str(r.content.results),
      indicators: str(r.content.indicators),
    },
    submittedAt: r.submittedAt?.toISOString() ?? null,
    approvedAt: r.approvedAt?.toISOString() ?? null,
    version: r.version,
    actions: {
      edit: beneficiary && open && state === 'draft',
      submit: beneficiary && open && state === 'draft',
      approve: hasRole(p, 'case_officer', scope.funder.organizationId) && state === 'submitted',
    },
  };
}

const toPendingView = (p: Principal, scope: ProjectScope, d: Decision): z.infer<typeof pendingDecisionView> => ({
  id: d.id,
  kind: d.kind as 'withdraw' | 'recover' | 'close',
  status: d.status === 'proposed' ? 'proposed' : 'draft',
  amountOre: d.amountOre,
  reasons: d.reasons,
  dueDate: typeof d.body.dueDate === 'string' ? d.body.dueDate : null,
  recoveryKind: d.body.recoveryKind === 'repayment' || d.body.recoveryKind === 'recovery' ? d.body.recoveryKind : null,
  version: d.version,
  actions: {
    propose: d.status !== 'proposed' && hasRole(p, 'case_officer', scope.funder.organizationId),
    decide:
      d.status === 'proposed' &&
      hasRole(p, 'decision_maker', scope.funder.organizationId) &&
      d.presentedByUserId !== p.userId,
  },
});

const toRecoveryView = (r: Recovery): z.infer<typeof recoveryView> => ({
  id: r.id,
  decisionId: r.decisionId,
  kind: r.kind,
  amountOre: r.amountOre,
  reason: r.reason,
  dueDate: r.dueDate,
  receivedOre: r.receivedOre,
  receivedOn: r.receivedOn,
  version: r.version,
});

/**
 * docs/domain/life-of-a-grant.md, "7. Closure": reports, closing a project, recoveries and the withdrawal of a
 * commission.
 */
export const closureRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock }> = (app, deps) => {
  const { db } = deps;

  const reportOf = async (p: Principal, id: string) => {
    const scope = await loadVisibleReport(db, p, id);
    return toReportView(p, scope, scope.report);
  };

  app.get(
    '/projects/:projectId/closure',
    {
      schema: {
        tags,
        summary: 'Projektets avslut / closing a project: reports, conditions, release and recoveries',
        params: projectParams,
        response: { 200: closureView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const scope = await loadVisibleProject(db, p, request.params.projectId);
      const projectId = scope.project.id;
      const [terms, paid, finalPaid, all, recs, closing, pending] = await Promise.all([
        grantTermsInForce(db, projectId),
        paidOnProject(db, projectId),
        finalPaymentRecorded(db, projectId),
        reportsOfProject(db, projectId),
        recoveriesOfProject(db, projectId),
        closeDecisionOf(db, projectId),
        scope.applicationCase ? pendingClosureDecisions(db, scope.applicationCase.id) : Promise.resolve([]),
      ]);
      const beneficiary = isProjectBeneficiary(p, scope);
      const visible = all.filter((r) => beneficiary || reportState(r) !== 'draft');
      const final = visible.find((r) => r.kind === 'final') ?? null;
      const granted = ore(terms?.amount ?? 0);
      const open = isProjectOpen(scope.project.status);
      const funderOrg = scope.funder.organizationId;
      const officer = hasRole(p, 'case_officer', funderOrg);
      const decided = closing !== null && closing.approvedAt !== null;
      const release = closing?.amountOre ?? releaseOnClosure({ granted, paid });
      return {
        project: { id: projectId, name: scope.project.name, status: scope.project.status },
        grantedOre: granted,
        paidOre: paid,
        releaseOre: isProjectStaff(p, scope) || decided ? release : null,
        conditions: {
          finalReportApproved: all.some((r) => r.kind === 'final' && r.approvedAt !== null),
          finalPaymentRecorded: finalPaid,
        },
        finalReport: final ? toReportView(p, scope, final) : null,
        progressReports: visible.filter((r) => r.kind === 'progress').map((r) => toReportView(p, scope, r)),
        recoveries: recs.map(toRecoveryView),
        pendingDecisions: isProjectStaff(p, scope) ? pending.map((d) => toPendingView(p, scope, d)) : [],
        closed:
          closing && decided
            ? {
                decisionId: closing.id,
                decisionDate: closing.decisionDate,
                releasedOre: closing.amountOre ?? 0,
                reasons: closing.reasons,
              }
            : null,
        actions: {
          writeReport: beneficiary && open,
          approveReport: officer,
          close: open && officer && !pending.some((d) => d.kind === 'close'),
          recover: officer && paid > 0,
          recordReceived: hasRole(p, 'finance_officer', funderOrg),
        },
      };
    },
  );

  app.post(
    '/projects/:projectId/reports',
    {
      schema: {
        tags,
        summary: 'Ny läges- eller slutrapport / start a progress or final report (beneficiary)',
        params: projectParams,
        body: z.object({ kind: z.enum(['progress', 'final']), period: period.optional(), content }),
        response: { 201: reportView },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const row = await createReport(deps, p, request.params.projectId, request.body);
      return reply.status(201).send(await reportOf(p, row.id));
    },
  );

  app.get(
    '/reports/:id',
    { schema: { tags, summary: 'En rapport / one report', params: idParams, response: { 200: reportView } } },
    async (request) => reportOf(requirePrincipal(request), request.params.id),
  );

  app.put(
    '/reports/:id',
    {
      schema: {
        tags,
        summary: 'Ändra rapportutkast / edit a draft report (409 on a stale version)',
        params: idParams,
        body: version.extend({ content, period: period.optional() }),
        response: { 200: reportView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await updateReport(deps, p, request.params.id, request.body);
      return reportOf(p, request.params.id);
    },
  );

  app.post(
    '/reports/:id/submit',
    {
      schema: {
        tags,
        summary: 'Skicka in rapport / submit a report; marks the reporting plan item submitted',
        params: idParams,
        body: version,
        response: { 200: reportView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await submitReport(deps, p, request.params.id, request.body);
      return reportOf(p, request.params.id);
    },
  );

  app.post(
    '/reports/:id/approve',
    {
      schema: {
        tags,
        summary: 'Godkänn rapport / the case officer approves a report; marks the reporting plan item approved',
        params: idParams,
        body: version,
        response: { 200: reportView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await approveReport(deps, p, request.params.id, request.body);
      return reportOf(p, request.params.id);
    },
  );

  app.post(
    '/projects/:projectId/close',
    {
      schema: {
        tags,
        summary: 'Förslag till avslutsbeslut / draft the decision closing the project (case officer)',
        description:
          'Allowed when the final report is approved and the final payment recorded, or with a reason when the project ends without a final payment (422 otherwise). Creates a draft decision of kind close with what closing releases; the officer proposes it (POST /decisions/{id}/propose) and a decision maker approves it, which closes the project and produces the letter.',
        params: projectParams,
        body: z.object({
          withoutFinalPaymentReason: z.string().max(4000).optional(),
          note: z.string().max(4000).optional(),
          ...proposedAuthority,
        }),
        response: {
          201: draftDecisionResponse.extend({ grantedOre: z.number(), paidOre: z.number(), releasedOre: z.number() }),
        },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const r = await closeProject(deps, p, request.params.projectId, request.body);
      return reply.status(201).send({
        decisionId: r.decision.id,
        status: 'draft' as const,
        kind: 'close' as const,
        amountOre: r.decision.amountOre,
        grantedOre: r.grantedOre,
        paidOre: r.paidOre,
        releasedOre: r.releasedOre,
      });
    },
  );

  app.post(
    '/projects/:projectId/recoveries',
    {
      schema: {
        tags,
        summary: 'Förslag till återkrav / draft a recovery or repayment decision (case officer; at most what is paid)',
        description:
          'Creates a draft decision of kind recover with the amount, due date and reasons (required). The officer proposes it (POST /decisions/{id}/propose); a decision maker other than its author approves it, which records the recovery and produces the letter.',
        params: projectParams,
        body: z.object({
          kind: z.enum(['repayment', 'recovery']),
          amountOre: z.number().int().positive(),
          reason: z.string().max(8000),
          dueDate: localDate,
          ...proposedAuthority,
        }),
        response: { 201: draftDecisionResponse },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const d = await createRecovery(deps, p, request.params.projectId, request.body);
      return reply
        .status(201)
        .send({ decisionId: d.id, status: 'draft' as const, kind: 'recover' as const, amountOre: d.amountOre });
    },
  );

  app.post(
    '/recoveries/:id/received',
    {
      schema: {
        tags,
        summary: 'Registrera inbetalning av återkrav / finance records money received',
        params: idParams,
        body: version.extend({ receivedOre: z.number().int().min(0), receivedOn: localDate }),
        response: { 200: recoveryView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      return toRecoveryView(await recordRecoveryReceived(deps, p, request.params.id, request.body));
    },
  );

  app.post(
    '/cases/:caseId/withdraw',
    {
      schema: {
        tags,
        summary: 'Förslag att återta uppdrag / draft the withdrawal of a commission with refunds by contribution',
        description:
          'Creates a draft decision of kind withdraw with the refund split (largest remainder by contribution) and the reasons (required). The officer proposes it (POST /decisions/{id}/propose); a decision maker approves it, which writes the refunds, withdraws the case and produces the letter.',
        params: z.object({ caseId: z.uuid() }),
        body: z.object({
          remainingOre: z.number().int().min(0),
          reasons: z.string().max(8000),
          ...proposedAuthority,
        }),
        response: {
          201: z.object({
            decisionId: z.uuid(),
            status: z.literal('draft'),
            remainingOre: z.number(),
            refunds: z.array(
              z.object({
                organizationId: z.uuid(),
                name: z.string(),
                contributedOre: z.number(),
                amountOre: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await withdrawCommission(deps, requirePrincipal(request), request.params.caseId, request.body)),
  );

  return Promise.resolve();
};
