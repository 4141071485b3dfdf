import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateParts, today, type Clock } from '../../../domain/index.js';
import type { Db } from '../../db/client.js';
import { ORDINANCE_TITLES } from '../../documents/decision-letter/decision-text.js';
import { requirePrincipal } from '../auth/policy.js';
import { decisionActionsOf, loadVisibleCase, requireFunderStaff } from './cases.policy.js';
import { assignOfficer } from './use-cases/assign-officer.js';
import {
  activeAspectsOf,
  appropriationsWithYear,
  decisionsOfCase,
  organizationName,
  prioritiesOf,
  staffOf,
  upcomingMeetings,
  userNames,
} from './workspace.repository.js';
import { matterDiaryNumberOf } from './case-documents.repository.js';

const params = z.object({ caseId: z.uuid() });
const person = z.object({ id: z.uuid(), displayName: z.string(), title: z.string().nullable() });

const workspace = z.object({
  case: z.object({
    id: z.uuid(),
    kind: z.string(),
    status: z.string(),
    title: z.string(),
    diaryNumber: z.string().nullable(),
    receivedOn: z.string().nullable(),
    dueDate: z.string().nullable(),
    officer: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    applicant: z.object({ name: z.string(), orgNumber: z.string().nullable() }),
    funder: z.object({ id: z.uuid(), committeeName: z.string(), delegationLimitOre: z.number().nullable() }),
  }),
  decisions: z.array(
    z.object({
      id: z.uuid(),
      kind: z.string(),
      status: z.string(),
      amountOre: z.number().nullable(),
      decisionDate: z.string().nullable(),
      approvedAt: z.string().nullable(),
      hasLetter: z.boolean(),
    }),
  ),
  options: z.object({
    officers: z.array(person),
    decisionMakers: z.array(person),
    priorities: z.array(z.object({ id: z.uuid(), code: z.string(), title: z.string(), strategy: z.string() })),
    aspects: z.array(z.object({ id: z.uuid(), name: z.string(), policy: z.string().nullable() })),
    appropriations: z.array(
      z.object({
        id: z.uuid(),
        code: z.string(),
        name: z.string(),
        expenditureArea: z.string().nullable(),
        year: z.number().int(),
        budgetOre: z.number().nullable(),
        committedOre: z.number(),
      }),
    ),
    meetings: z.array(z.object({ id: z.uuid(), committeeName: z.string(), heldOn: z.string() })),
    legalBases: z.array(z.object({ sfs: z.string(), title: z.string() })),
  }),
  /** What the caller may do with the case's decision (cases.policy.ts, decisionActionsOf). */
  actions: z.object({
    /** Draft, edit and propose the decision: a case officer of the funder, while the case is received or assessed. */
    draftDecision: z.boolean(),
    /** Approve a proposed decision or return it for assessment: a decision maker of the funder. */
    approveDecision: z.boolean(),
  }),
});

/**
 * The officer's working view of one case (docs/domain/life-of-a-grant.md, "The web app"): who handles it, its
 * decisions, and the funder's choices an assessment or a decision can refer to. Funder staff only; anyone else gets 404
 * or 403 exactly as on the other case routes.
 */
export const workspaceRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock }> = (app, { db, clock }) => {
  app.get(
    '/cases/:caseId/workspace',
    {
      schema: {
        tags: ['cases'],
        summary: 'Handläggarens arbetsyta / the officer’s case workspace',
        params,
        response: { 200: workspace },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { kase, funder } = await loadVisibleCase(db, p, request.params.caseId);
      requireFunderStaff(p, { kase, funder });
      const day = today(clock);
      const [applicant, officers, decisionMakers, prios, aspects, approps, upcoming, decided] = await Promise.all([
        organizationName(db, kase.applicantOrganizationId),
        staffOf(db, funder.organizationId, 'case_officer'),
        staffOf(db, funder.organizationId, 'decision_maker'),
        prioritiesOf(db, funder.id),
        activeAspectsOf(db, funder.id),
        appropriationsWithYear(db, funder.id, dateParts(day).year),
        upcomingMeetings(db, funder.id, day),
        decisionsOfCase(db, kase.id),
      ]);
      const names = await userNames(db, kase.officerUserId ? [kase.officerUserId] : []);
      return {
        case: {
          id: kase.id,
          kind: kase.kind,
          status: kase.status,
          title: kase.title,
          diaryNumber: await matterDiaryNumberOf(db, kase.id),
          receivedOn: kase.receivedOn,
          dueDate: kase.dueDate,
          officer: kase.officerUserId
            ? { id: kase.officerUserId, displayName: names.get(kase.officerUserId) ?? '' }
            : null,
          applicant: { name: applicant?.name ?? '', orgNumber: applicant?.orgNumber ?? null },
          funder: { id: funder.id, committeeName: funder.committeeName, delegationLimitOre: funder.delegationLimitOre },
        },
        decisions: decided.map((d) => ({
          id: d.id,
          kind: d.kind,
          status: d.status,
          amountOre: d.amountOre,
          decisionDate: d.decisionDate,
          approvedAt: d.approvedAt?.toISOString() ?? null,
          hasLetter: d.documentId !== null,
        })),
        options: {
          officers,
          decisionMakers,
          priorities: prios,
          aspects,
          appropriations: approps,
          meetings: upcoming,
          legalBases: Object.entries(ORDINANCE_TITLES).map(([sfs, title]) => ({ sfs, title })),
        },
        actions: decisionActionsOf(p, { kase, funder }),
      };
    },
  );

  app.put(
    '/cases/:caseId/officer',
    {
      schema: {
        tags: ['cases'],
        summary: 'Tilldela handläggare / assign the case officer',
        description:
          'A case officer, decision maker or administrator of the funder assigns the case to one of its active case officers (null: nobody).',
        params,
        body: z.object({ officerUserId: z.uuid().nullable() }),
        response: { 200: z.object({ officerUserId: z.uuid().nullable(), version: z.number().int() }) },
      },
    },
    async (request) =>
      assignOfficer(db, clock, requirePrincipal(request), request.params.caseId, request.body.officerUserId),
  );
  return Promise.resolve();
};
