import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deadlineStatus, today, type Clock, type LocalDate } from '../../../domain/index.js';
import type { Db, Executor } from '../../db/client.js';
import { requirePrincipal } from '../auth/policy.js';
import { loadVisibleProject } from '../shared/project-scope.js';
import { currentPlan, itemsOf } from './reporting.repository.js';
import { replaceReportingPlan } from './use-cases/replace-reporting-plan.js';

const tags = ['reporting'];
const projectParams = z.object({ projectId: z.uuid() });
const localDate = z.iso.date();
const ITEM_KINDS = ['progress_report', 'final_report', 'payment_request'] as const;

const planView = z.object({
  projectId: z.uuid(),
  plan: z
    .object({ id: z.uuid(), note: z.string().nullable(), version: z.number(), decisionId: z.uuid().nullable() })
    .nullable(),
  /** The version a PUT must name: null while the project has no plan. */
  version: z.number().nullable(),
  today: z.string(),
  items: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(ITEM_KINDS),
      dueDate: z.string(),
      period: z.object({ start: z.string(), end: z.string() }).nullable(),
      status: z.enum(['open', 'submitted', 'approved']),
      paymentRequestId: z.uuid().nullable(),
      reportId: z.uuid().nullable(),
      /** Computed by the domain (deadlineStatus) for today: overdue is never stored, so never stale. */
      deadline: z.object({
        state: z.enum(['upcoming', 'due_soon', 'due_today', 'overdue', 'done']),
        daysLeft: z.number(),
      }),
    }),
  ),
});

const planInput = z.object({
  version: z.number().int().min(1).nullable(),
  note: z.string().trim().max(5000).nullable().default(null),
  items: z
    .array(
      z
        .object({
          id: z.uuid().optional(),
          kind: z.enum(ITEM_KINDS),
          dueDate: localDate,
          periodStart: localDate.nullable().optional(),
          periodEnd: localDate.nullable().optional(),
        })
        .refine((i) => !i.periodStart || !i.periodEnd || i.periodStart <= i.periodEnd, {
          message: 'periodEnd must not be before periodStart',
          path: ['periodEnd'],
        }),
    )
    .max(200),
});

async function viewPlan(db: Executor, clock: Clock, projectId: string): Promise<z.infer<typeof planView>> {
  const plan = await currentPlan(db, projectId);
  const items = plan ? await itemsOf(db, plan.id) : [];
  const day = today(clock);
  return {
    projectId,
    plan: plan ? { id: plan.id, note: plan.note, version: plan.version, decisionId: plan.decisionId } : null,
    version: plan?.version ?? null,
    today: day,
    items: items.map((i) => ({
      id: i.id,
      kind: i.kind,
      dueDate: i.dueDate,
      period: i.periodStart && i.periodEnd ? { start: i.periodStart, end: i.periodEnd } : null,
      status: i.status,
      paymentRequestId: i.paymentRequestId,
      reportId: i.reportId,
      deadline: deadlineStatus(i.dueDate as LocalDate, day, { done: i.status !== 'open' }),
    })),
  };
}

/**
 * docs/domain/life-of-a-grant.md, "6. Reporting and payment": the reporting plan's due dates, read by the beneficiary
 * and the funder, kept by the officer.
 */
export const reportingRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock }> = (app, deps) => {
  app.get(
    '/projects/:projectId/reporting-plan',
    {
      schema: {
        tags,
        summary: 'Rapporteringsplan / the reporting plan and where each date stands',
        params: projectParams,
        response: { 200: planView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await loadVisibleProject(deps.db, p, request.params.projectId);
      return viewPlan(deps.db, deps.clock, request.params.projectId);
    },
  );

  app.put(
    '/projects/:projectId/reporting-plan',
    {
      schema: {
        tags,
        summary: 'Ersätt rapporteringsplanens datum / replace the plan’s due dates (case officer)',
        description:
          'Items named by id keep their status; an item already submitted or approved cannot be removed (422). `version` is the plan version read (null when there is none); a stale one is refused with 409.',
        params: projectParams,
        body: planInput,
        response: { 200: planView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await replaceReportingPlan(deps, p, request.params.projectId, request.body);
      return viewPlan(deps.db, deps.clock, request.params.projectId);
    },
  );
  return Promise.resolve();
};
