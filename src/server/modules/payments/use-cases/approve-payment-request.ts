import { and, eq, sql } from 'drizzle-orm';
import {
  addOre,
  checkCostApprovals,
  COST_CATEGORY_NAMES,
  checkPaymentCeiling,
  formatSek,
  ore,
  paymentRequestTotals,
  type CostCategory,
  type CostLine,
  type PaymentAssessment,
} from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Tx } from '../../../db/client.js';
import {
  paymentRequestCosts,
  paymentRequests,
  reportingPlanItems,
  type PaymentRequest,
} from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import { enqueueEmail } from '../../../mail/outbox.js';
import type { Principal } from '../../auth/principal.js';
import { paymentRequestNotFound, paymentRuleBroken, stalePaymentRequest, wrongStatus } from '../payment-errors.js';
import { assess, loadFigures } from '../payment-figures.js';
import type { ApprovalInput } from '../payment-schema.js';
import { costsOf, diaryNumberOf, findPaymentRequest, userEmail } from '../payments.repository.js';
import { lockProject, requireOfficer } from '../../shared/project-scope.js';
import { moveRequestCase } from './request-case.js';
import { actorOf, loadVisibleRequest, type PaymentDeps } from './save-payment-request.js';

const LIMIT_TEXT: Record<PaymentAssessment['limitedBy'], string> = {
  share: 'stödandelen av godkända kostnader',
  grant: 'det beviljade stödet',
  withheld: 'den del av stödet som hålls inne till slutrapporten',
  nothing_left: 'att inget återstår att betala ut',
  advance: 'det begärda förskottet',
};

/** The officer's approvals, matched to the claimed categories one for one. */
function approvedLines(claimed: { costCategory: string; claimedOre: number }[], input: ApprovalInput): CostLine[] {
  const given = new Map(input.costs.map((c) => [c.category, c]));
  const unknown = input.costs.filter((c) => !claimed.some((l) => l.costCategory === c.category));
  if (unknown.length > 0 || given.size !== input.costs.length) {
    throw new AppError(
      'payment.unknown_category',
      422,
      {
        sv: 'Godkända belopp kan bara anges för de kostnadsslag som begärts, ett belopp per slag.',
        en: 'Approved amounts can only be given for the categories claimed, one amount each.',
      },
      { categories: unknown.map((c) => c.category) },
    );
  }
  return claimed.map((l) => {
    const a = given.get(l.costCategory as CostCategory);
    return {
      category: l.costCategory as CostCategory,
      claimedOre: l.claimedOre,
      approvedOre: a?.approvedOre ?? null,
      motivation: a?.motivation ?? null,
    };
  });
}

/** The officer saw a payable amount; if the figures moved since, say so rather than pay another amount. */
function checkExpected(expected: number | undefined, figures: PaymentAssessment): void {
  if (expected === undefined || expected === figures.payable) return;
  const details = { expectedOre: expected, payableOre: figures.payable, limitedBy: figures.limitedBy };
  if (expected > figures.payable) {
    throw new AppError(
      'payment.cap_exceeded',
      422,
      {
        sv: `${formatSek(ore(expected))} ryms inte: stödet medger nu ${formatSek(figures.payable)}, begränsat av ${LIMIT_TEXT[figures.limitedBy]}.`,
        en: `${formatSek(ore(expected))} does not fit: the grant now allows ${formatSek(figures.payable)}, limited by ${figures.limitedBy}.`,
      },
      details,
    );
  }
  throw AppError.conflict(
    {
      sv: `Beloppet att betala ut har ändrats sedan du hämtade begäran: nu ${formatSek(figures.payable)}. Hämta den igen.`,
      en: `The payable amount has changed since you loaded the request: now ${formatSek(figures.payable)}. Reload it.`,
    },
    details,
  );
}

/** Each cut category with its amounts and the officer's motivation, as the notice prints them. */
function cutsText(lines: CostLine[]): string {
  const cuts = lines.filter((l) => (l.approvedOre ?? 0) < l.claimedOre);
  if (cuts.length === 0) return '';
  const rows = cuts.map(
    (l) =>
      `- ${COST_CATEGORY_NAMES[l.category].sv}: begärt ${formatSek(ore(l.claimedOre))}, godkänt ${formatSek(ore(l.approvedOre ?? 0))}. ${l.motivation?.trim() ?? ''}`,
  );
  return `\nEj godkända kostnader:\n${rows.join('\n')}\n`;
}

async function noticeToBeneficiary(
  tx: Tx,
  deps: PaymentDeps,
  actor: Actor,
  row: PaymentRequest,
  lines: CostLine[],
  projectName: string,
) {
  const to = await userEmail(tx, row.submittedBy);
  if (!to) return null;
  const dnr = await diaryNumberOf(tx, row.caseId);
  const mail = await enqueueEmail(tx, deps.clock, actor, {
    to: [to],
    subject: `Begäran om utbetalning granskad: ${projectName}${dnr ? `, dnr ${dnr}` : ''}`,
    bodyText:
      `Hej!\n\nEr begäran om utbetalning för ${projectName}${dnr ? ` (dnr ${dnr})` : ''} är granskad.\n` +
      (row.approvedCostsOre !== null ? `Godkända kostnader: ${formatSek(ore(row.approvedCostsOre))}.\n` : '') +
      `Belopp att betala ut: ${formatSek(ore(row.payableOre ?? 0))}.\n` +
      cutsText(lines) +
      (row.decisionNote ? `\nMotivering: ${row.decisionNote}\n` : '') +
      `\nUtbetalningen görs av ekonomiavdelningen.\n`,
    related: { entityType: 'payment_request', entityId: row.id },
  });
  return mail.id;
}

/**
 * POST /payment-requests/:id/approve (docs/domain/rules.md, "What a payment may pay"). In one transaction behind the
 * project lock: the approvals are checked (never above the claim, a motivation where cut), the payable amount is
 * computed by the domain from the grant in force and the project's other decided requests, the ceiling of all payments
 * is checked once more, and the request, its case and its reporting date move on together with their audit events and
 * the notice to the beneficiary.
 */
export async function approvePaymentRequest(
  deps: PaymentDeps,
  principal: Principal,
  requestId: string,
  input: ApprovalInput,
): Promise<{ request: PaymentRequest; assessment: PaymentAssessment; emailId: string | null }> {
  const scope = await loadVisibleRequest(deps.db, principal, requestId);
  requireOfficer(principal, scope);
  const actor = actorOf(principal);
  return deps.db.transaction(async (tx) => {
    await lockProject(tx, scope.project.id);
    const before = await findPaymentRequest(tx, requestId);
    if (!before) throw paymentRequestNotFound();
    if (before.version !== input.version) throw stalePaymentRequest(before.version);
    if (before.status !== 'submitted') throw wrongStatus(before.status, { sv: 'godkännas', en: 'be approved' });

    const costs = await costsOf(tx, requestId);
    const lines = before.kind === 'advance' ? [] : approvedLines(costs, input);
    const lineIssues = checkCostApprovals(lines);
    if (lineIssues.length > 0) throw paymentRuleBroken(lineIssues);
    const approvedCosts = before.kind === 'advance' ? null : paymentRequestTotals(lines).approved;

    const { basis, position } = await loadFigures(tx, scope, requestId);
    const figures = assess(basis, position, {
      kind: before.kind,
      approvedCosts: ore(approvedCosts ?? 0),
      requestedAdvance: ore(before.requestedOre),
    });
    if (figures.issues.length > 0) throw paymentRuleBroken(figures.issues);
    checkExpected(input.expectedPayableOre, figures);
    const beyond = checkPaymentCeiling({
      grantAmount: basis.grantAmount,
      maxShare: basis.maxShare,
      cumulativeApprovedCosts: figures.cumulativeApprovedCosts,
      advances: before.kind === 'advance' ? addOre(position.priorAdvances, figures.payable) : position.priorAdvances,
      withheldUntilFinal: basis.withheld,
      includesFinal: position.finalDecided || before.kind === 'final',
      total: addOre(position.committed, figures.payable),
    });
    if (beyond) throw paymentRuleBroken([beyond]);

    const now = deps.clock.now();
    const [row] = await tx
      .update(paymentRequests)
      .set({
        status: 'approved',
        approvedCostsOre: approvedCosts,
        payableOre: figures.payable,
        decidedAt: now,
        decidedBy: principal.userId,
        decisionNote: input.note,
        updatedAt: now,
        version: sql`${paymentRequests.version} + 1`,
      })
      .where(eq(paymentRequests.id, requestId))
      .returning();
    if (!row) throw paymentRequestNotFound();
    for (const l of lines) {
      await tx
        .update(paymentRequestCosts)
        .set({ approvedOre: l.approvedOre ?? null, motivation: l.motivation?.trim() || null })
        .where(
          and(eq(paymentRequestCosts.paymentRequestId, requestId), eq(paymentRequestCosts.costCategory, l.category)),
        );
    }
    await moveRequestCase(tx, deps, actor, row.caseId, ['start_assessment', 'propose_decision', 'approve_grant']);
    await tx
      .update(reportingPlanItems)
      .set({ status: 'approved', updatedAt: now, version: sql`${reportingPlanItems.version} + 1` })
      .where(eq(reportingPlanItems.paymentRequestId, requestId));
    await appendAudit(tx, deps.clock, actor, {
      action: 'payment_request.approved',
      entityType: 'payment_request',
      entityId: requestId,
      before: {
        status: before.status,
        costs: costs.map((c) => ({ category: c.costCategory, claimedOre: c.claimedOre })),
      },
      after: {
        status: row.status,
        costs: lines,
        approvedCostsOre: row.approvedCostsOre,
        payableOre: row.payableOre,
        limitedBy: figures.limitedBy,
        grantAmountOre: basis.grantAmount,
        committedBeforeOre: position.committed,
        note: row.decisionNote,
      },
    });
    const emailId = await noticeToBeneficiary(tx, deps, actor, row, lines, scope.project.name);
    return { request: row, assessment: figures, emailId };
  });
}
