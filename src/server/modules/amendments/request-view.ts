import type { z } from 'zod';
import { matterDiaryNumber } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type { Principal } from '../auth/principal.js';
import { isFunderStaff, loadVisibleCase } from '../cases/cases.policy.js';
import type { amendmentRequestView, AmendmentRequestContent } from './amendment-schema.js';
import { amendmentRequestContent } from './amendment-schema.js';
import {
  decisionOfRequest,
  diaryNumbersOfCases,
  findProject,
  latestRequestVersion,
  paidCostDates,
} from './amendments.repository.js';
import { requestActionsOf, requestNotFound } from './amendments.policy.js';
import { budgetInForceOf, budgetInForceToView } from './budget-versions.js';
import { diffToView, inForceOf, planActivityToView, termsToView } from './project-versions.js';
import { requestedPeriodEnd, requestIssues, revisedToPlanActivity } from './request-rules.js';

/**
 * An amendment request as its beneficiary and the funder's staff see it; 404 for everyone else. An amendment recorded
 * from its decision letter (imports/persist-decisions.ts, and the demo's) has a case and a decision but no request in
 * Bidra, which came in outside it: its view asks nothing and has nothing to check (`inBidra` false).
 */
export async function loadRequestView(
  db: Executor,
  principal: Principal,
  caseId: string,
): Promise<z.infer<typeof amendmentRequestView>> {
  const scope = await loadVisibleCase(db, principal, caseId, requestNotFound);
  const kase = scope.kase;
  if (kase.kind !== 'amendment_request' || !kase.projectId) throw requestNotFound();
  const [project, draft, { terms, plan, history }] = await Promise.all([
    findProject(db, kase.projectId),
    latestRequestVersion(db, kase.id),
    inForceOf(db, kase.projectId),
  ]);
  if (!project || !terms) throw requestNotFound();
  // Stored content passed this schema when it was saved; parsing again fills defaults of older drafts.
  const content: AmendmentRequestContent = amendmentRequestContent.parse(draft?.content ?? {});
  const requested = content.activities ? content.activities.map(revisedToPlanActivity) : plan;
  const decision = await decisionOfRequest(db, kase.id);
  const visibleDecision = decision && (isFunderStaff(principal, scope) || decision.approvedAt !== null);
  const parentDiary = kase.parentCaseId
    ? await diaryNumbersOfCases(db, [kase.parentCaseId])
    : new Map<string, string | null>();
  return {
    caseId: kase.id,
    projectId: project.id,
    project: {
      name: project.name,
      acronym: project.acronym,
      diaryNumber: (kase.parentCaseId ? parentDiary.get(kase.parentCaseId) : null) ?? null,
    },
    status: kase.status,
    // Registered in the project's case: the request shows that case's one number, none while a draft.
    diaryNumber:
      kase.registeredAt || kase.diaryNumber
        ? matterDiaryNumber({
            diaryNumber: kase.diaryNumber,
            parentDiaryNumber: kase.parentCaseId ? parentDiary.get(kase.parentCaseId) : null,
            hasParent: kase.parentCaseId !== null,
          })
        : null,
    receivedOn: kase.receivedOn,
    version: kase.version,
    content,
    inForce: termsToView(terms),
    requestedPeriodEnd: requestedPeriodEnd(content, terms),
    currentPlan: plan.map(planActivityToView),
    currentBudget: budgetInForceToView(await budgetInForceOf(db, history)),
    diff: diffToView(plan, requested),
    issues: draft
      ? requestIssues(content, {
          before: terms,
          currentPlan: plan,
          paidCostsDates: await paidCostDates(db, project.id),
        })
      : [],
    inBidra: draft !== null,
    submittedAt: draft?.submittedAt?.toISOString() ?? null,
    decision: visibleDecision
      ? { id: decision.id, status: decision.status, approvedAt: decision.approvedAt?.toISOString() ?? null }
      : null,
    actions: requestActionsOf(principal, scope, decision !== null),
  };
}
