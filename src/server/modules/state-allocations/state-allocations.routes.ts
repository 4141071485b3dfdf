import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  allocationDeadlines,
  isTrackedRecipient,
  missingDeadlineWarnings,
  nextAllocationDeadline,
  today,
  type Clock,
  type LocalDate,
} from '../../../domain/index.js';
import type { Db } from '../../db/client.js';
import { requirePrincipal } from '../auth/policy.js';
import {
  allocationFacts,
  allocationUpdateInput,
  allocationView,
  calendarEntry,
  deadlinesOf,
  stateDecisionDetail,
  stateDecisionSummary,
  toAllocationView,
  toDeadlineView,
} from './state-allocation-schema.js';
import {
  allocationsOfDecision,
  allocationsOfRecipients,
  findAllocation,
  findStateDecision,
  listDecisionsFor,
  organizationName,
  recipientCounts,
} from './state-allocations.repository.js';
import {
  allocationNotFound,
  canKeepAllocationOf,
  requireAllocationReader,
  stateDecisionNotFound,
} from './state-allocations.policy.js';
import { updateStateAllocation } from './use-cases/update-state-allocation.js';

const tags = ['state-allocations'];
const idParams = z.object({ id: z.uuid() });

/**
 * docs/domain/life-of-a-grant.md, "9. State allocations": the state money the region receives (seed 003). Finance
 * officers and administrators of a receiving organisation keep its allocations; its case officers read them.
 */
export const stateAllocationRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock }> = (app, deps) => {
  const { db, clock } = deps;

  app.get(
    '/state-decisions',
    {
      schema: {
        tags,
        summary: 'Regeringsbeslut om statliga medel / state decisions offering money to the region',
        description:
          'State decisions that offer money to one of the caller’s organisations, newest first, with that organisation’s totals and next open deadline. Finance officers, administrators and case officers; others 403.',
        querystring: z.object({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: {
          200: z.object({
            items: z.array(stateDecisionSummary),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const orgs = requireAllocationReader(p);
      const { page, pageSize } = request.query;
      const day = today(clock);
      const { items, total } = await listDecisionsFor(db, orgs, { limit: pageSize, offset: (page - 1) * pageSize });
      const ids = items.map((d) => d.id);
      const counts = await recipientCounts(db, ids);
      const own = await allocationsOfRecipients(db, orgs, ids);
      return {
        items: items.map((d) => {
          const mine = own.filter((r) => r.decision.id === d.id);
          const sum = (f: (a: (typeof mine)[number]['allocation']) => number | null) =>
            mine.reduce((acc, r) => acc + (f(r.allocation) ?? 0), 0);
          const next = mine
            .map((r) => {
              const x = nextAllocationDeadline(allocationFacts(r.allocation), deadlinesOf(r.allocation), day);
              return x ? { ...toDeadlineView(x), year: r.allocation.year, recipient: r.recipientName } : null;
            })
            .filter((x) => x !== null)
            .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))[0];
          return {
            id: d.id,
            reference: d.reference,
            title: d.title,
            issuer: d.issuer,
            ministry: d.ministry,
            decidedOn: d.decidedOn,
            yearFrom: d.yearFrom,
            yearTo: d.yearTo,
            perRecipientPerYearOre: d.perRecipientPerYearOre,
            appropriationText: d.appropriationText,
            recipientCount: counts.get(d.id) ?? 0,
            own: {
              offeredOre: sum((a) => a.offeredOre),
              requisitionedOre: sum((a) => a.requisitionedOre),
              receivedOre: sum((a) => a.receivedOre),
              nextDeadline: next ?? null,
            },
          };
        }),
        total,
        page,
        pageSize,
      };
    },
  );

  app.get(
    '/state-decisions/:id',
    {
      schema: {
        tags,
        summary: 'Ett regeringsbeslut med tilldelningar / a state decision with its allocations',
        description:
          'The decision and every allocation per recipient and year, each with its stage and deadlines. Visible to the staff of a recipient; others 404. Only the caller’s own organisation’s allocations are editable.',
        params: idParams,
        response: { 200: stateDecisionDetail },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const orgs = requireAllocationReader(p);
      const decision = await findStateDecision(db, request.params.id);
      if (!decision) throw stateDecisionNotFound();
      const rows = await allocationsOfDecision(db, decision.id);
      if (!rows.some((r) => orgs.includes(r.allocation.recipientOrganizationId))) throw stateDecisionNotFound();
      const day = today(clock);
      const recipients = new Map<string, z.infer<typeof stateDecisionDetail>['recipients'][number]>();
      const tracked = new Map<string, boolean>();
      for (const r of rows) {
        const orgId = r.allocation.recipientOrganizationId;
        if (tracked.has(orgId)) continue;
        const own = rows.filter((x) => x.allocation.recipientOrganizationId === orgId);
        tracked.set(
          orgId,
          isTrackedRecipient(
            own.map((x) => allocationFacts(x.allocation)),
            { keptByViewer: orgs.includes(orgId) },
          ),
        );
      }
      for (const r of rows) {
        const orgId = r.allocation.recipientOrganizationId;
        let recipient = recipients.get(orgId);
        if (!recipient) {
          recipient = {
            id: orgId,
            name: r.recipientName,
            own: orgs.includes(orgId),
            tracked: tracked.get(orgId) ?? true,
            allocations: [],
          };
          recipients.set(orgId, recipient);
        }
        recipient.allocations.push(
          toAllocationView(
            r.allocation,
            r.recipientName,
            decision,
            day,
            canKeepAllocationOf(p, orgId),
            recipient.tracked,
          ),
        );
      }
      const years: number[] = [];
      for (let y = decision.yearFrom; y <= decision.yearTo; y++) years.push(y);
      // A deadline the decision leaves out for a year, once per year and kind (the deadlines are the
      // decision's, the same for every recipient of that year).
      const yearWarnings = years.flatMap((year) => {
        const seen = new Set<string>();
        return rows
          .filter((r) => r.allocation.year === year)
          .flatMap((r) => missingDeadlineWarnings(year, deadlinesOf(r.allocation)))
          .filter((w) => !seen.has(w.code) && Boolean(seen.add(w.code)))
          .map((w) => ({ year, code: w.code, severity: w.severity, message: w.message }));
      });
      // The caller's own organisations first, then the other recipients by name.
      const ordered = [...recipients.values()].sort((a, b) => Number(b.own) - Number(a.own));
      return {
        id: decision.id,
        reference: decision.reference,
        title: decision.title,
        issuer: decision.issuer,
        ministry: decision.ministry,
        decidedOn: decision.decidedOn,
        yearFrom: decision.yearFrom,
        yearTo: decision.yearTo,
        perRecipientPerYearOre: decision.perRecipientPerYearOre,
        appropriationText: decision.appropriationText,
        recipientCount: recipients.size,
        body: decision.body,
        requisitionTo: await organizationName(db, decision.requisitionToOrganizationId),
        conditions: decision.conditions,
        reservation: decision.reservation,
        signatories: decision.signatories,
        relatedReferences: decision.relatedReferences,
        years,
        yearWarnings,
        recipients: ordered,
      };
    },
  );

  app.get(
    '/state-allocations/deadlines',
    {
      schema: {
        tags,
        summary: 'Frister för statliga medel / deadline calendar of the state allocations',
        description:
          'Requisition, account and repayment deadlines of the caller’s organisations’ allocations between from (default today) and to, by date, each with its state (upcoming, due_soon, due_today, overdue, done). Open deadlines already overdue before from are included unless overdue=false.',
        querystring: z.object({
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
          overdue: z
            .enum(['true', 'false'])
            .default('true')
            .transform((v) => v === 'true'),
        }),
        response: { 200: z.object({ today: z.iso.date(), items: z.array(calendarEntry) }) },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const orgs = requireAllocationReader(p);
      const day = today(clock);
      const from = (request.query.from ?? day) as LocalDate;
      const to = request.query.to as LocalDate | undefined;
      const rows = await allocationsOfRecipients(db, orgs);
      const items = rows.flatMap((r) =>
        allocationDeadlines(allocationFacts(r.allocation), deadlinesOf(r.allocation), day)
          .filter(
            (x) =>
              (x.due >= from && (to === undefined || x.due <= to)) ||
              (request.query.overdue && x.due < from && x.status.state === 'overdue'),
          )
          .map((x) => ({
            ...toDeadlineView(x),
            allocationId: r.allocation.id,
            stateDecisionId: r.decision.id,
            reference: r.decision.reference,
            title: r.decision.title,
            recipient: r.recipientName,
            year: r.allocation.year,
          })),
      );
      const order = { requisition: 0, account: 1, repayment: 2 };
      items.sort((a, b) =>
        a.dueDate !== b.dueDate
          ? a.dueDate < b.dueDate
            ? -1
            : 1
          : order[a.kind] - order[b.kind] || a.recipient.localeCompare(b.recipient, 'sv'),
      );
      return { today: day, items };
    },
  );

  app.get(
    '/state-allocations/:id',
    {
      schema: {
        tags,
        summary: 'En tilldelning / one allocation',
        description: 'One allocation of the caller’s own organisation; another organisation’s answers 404.',
        params: idParams,
        response: { 200: allocationView.extend({ reference: z.string(), title: z.string(), decidedOn: z.iso.date() }) },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const orgs = requireAllocationReader(p);
      const row = await findAllocation(db, request.params.id);
      if (!row || !orgs.includes(row.allocation.recipientOrganizationId)) throw allocationNotFound();
      const view = toAllocationView(
        row.allocation,
        row.recipientName,
        row.decision,
        today(clock),
        canKeepAllocationOf(p, row.allocation.recipientOrganizationId),
      );
      return {
        ...view,
        reference: row.decision.reference,
        title: row.decision.title,
        decidedOn: row.decision.decidedOn,
      };
    },
  );

  app.patch(
    '/state-allocations/:id',
    {
      schema: {
        tags,
        summary: 'Registrera steg för en tilldelning / record a step of an allocation',
        description:
          'Accepted, requisitioned (amount and date), received, used, accounted, repaid. Left-out fields stay; null clears. Refused with 422 and the issues when the figures or dates do not add up (requisitioned ≤ offered, received ≤ requisitioned, used ≤ received, repaid = received − used, dates after the decision); a requisition after its deadline is saved and flagged as a warning. Stale version: 409. Finance officers and administrators of the recipient.',
        params: idParams,
        body: allocationUpdateInput,
        response: { 200: allocationView },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      return updateStateAllocation(deps, p, request.params.id, request.body);
    },
  );

  return Promise.resolve();
};
