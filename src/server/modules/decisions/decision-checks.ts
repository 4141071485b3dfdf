import {
  basisPoints,
  checkCommitment,
  checkDecisionConsistency,
  dateParts,
  checkAppropriationYears,
  checkPeriodWithinApplied,
  checkReasons,
  findingFromError,
  ore,
  plannedActivitiesOf,
  today,
  type AppliedTerms,
  type DeciderGrant,
  type DecidedTerms,
  type ShareCapRounding,
  type Clock,
  type Finding,
  type LocalDate,
  type PlannedActivity,
} from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type { Case, Decision, Funder } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { submittedApplicationOf } from '../cases/submitted-application.repository.js';
import { authorityFindings } from './decision-authority.js';
import { committedOnYear } from '../projects/commitments.repository.js';
import { budgetYears, findAppropriation, latestActivities, yearBudget } from './decisions.repository.js';
import { termsAroundAmendment } from '../../documents/decision-letter/letter-queries.js';
import type { DecisionKinds } from './decision-kinds.js';

/*
 * The live rule checks of a decision (docs/domain/rules.md, "Consistency checks"), shown while drafting and re-run
 * inside the approving transaction. Errors block approval; warnings and information do not.
 */

const localFinding = (
  code: string,
  severity: Finding['severity'],
  message: { sv: string; en: string },
  details: Record<string, unknown>,
): Finding => ({ code, severity, message, details });

/** "UO 19 anslag 1:1 Regionala tillväxtåtgärder": how an appropriation is named in messages. */
const appropriationLabel = (a: { expenditureArea: string | null; code: string; name: string }): string =>
  [a.expenditureArea, `anslag ${a.code}`, a.name].filter(Boolean).join(' ');

export interface CheckContext {
  decision: Decision;
  kase: Case;
  funder: Funder;
  /** A reason to let the decision overdraw its appropriation (approval only). */
  overrideReason?: string | null | undefined;
  /** Whose authority is checked (see authorityFindings); undefined: the decision maker the draft names. */
  decider?: readonly DeciderGrant[] | null | undefined;
}

/** Findings the decision maker may set aside at approval (with a written reason): not a bar to proposing. */
const OVERRIDABLE_AT_APPROVAL = new Set(['commitment.overdrawn']);

export async function runDecisionChecks(
  db: Executor,
  clock: Clock,
  kinds: DecisionKinds,
  ctx: CheckContext,
): Promise<Finding[]> {
  const { decision: d, kase, funder } = ctx;
  const out: Finding[] = [];
  // Who may decide: the delegation order in force, the committee, or the chair's urgent decision.
  out.push(...(await authorityFindings(db, clock, ctx)));
  // FL 32 §: a decision against the party states its reasons.
  const applied = await appliedTermsOf(db, kase.id);
  out.push(...checkReasons(d.kind, d.reasons, decidedTermsOf(d), applied?.terms ?? null));
  // The kind's own rules, from the module that owns them: an amendment is held to the rules of amendments
  // (period, orphaned activities and costs, share cap).
  const kindChecks = kinds[d.kind]?.checks;
  if (kindChecks) out.push(...(await kindChecks(db, d, kase)));
  if (d.kind === 'amend') {
    if (d.amendsDecisionId && d.projectId) {
      out.push(...(await amendmentCommitmentFindings(db, d, ctx.overrideReason ?? null)));
    }
    return sortFindings(out);
  }
  if (d.kind !== 'grant') return sortFindings(out);

  const amount = d.amountOre === null ? null : ore(d.amountOre);
  const period =
    d.periodStart && d.periodEnd ? { start: d.periodStart as LocalDate, end: d.periodEnd as LocalDate } : null;
  if (amount === null || period === null) {
    out.push(
      localFinding(
        'decision.incomplete',
        'error',
        {
          sv: 'Ett beslut om stöd måste ange belopp och projektperiod.',
          en: 'A grant decision must state its amount and project period.',
        },
        { missing: [...(amount === null ? ['amountOre'] : []), ...(period === null ? ['period'] : [])] },
      ),
    );
  }

  const activities = await activitiesToCheck(db, d.projectId ?? kase.projectId, kase.id);
  out.push(
    ...checkDecisionConsistency({
      amount,
      maxShare: d.maxShareBp === null ? null : basisPoints(d.maxShareBp),
      approvedCosts: d.approvedCostsOre === null ? null : ore(d.approvedCostsOre),
      period,
      activities,
      shareCapRounding: funder.shareCapRounding as ShareCapRounding,
    }),
  );
  out.push(...checkPeriodWithinApplied(period, applied?.terms.period ?? null));

  if (d.appropriationId) {
    const appropriation = await findAppropriation(db, d.appropriationId);
    if (appropriation) {
      const years = await budgetYears(db, appropriation.id);
      out.push(...checkAppropriationYears(period, years, appropriationLabel(appropriation)));
    }
  }
  if (amount !== null && d.appropriationId) {
    const year = dateParts((d.decisionDate as LocalDate | null) ?? today(clock)).year;
    out.push(
      ...(await commitmentFindings(db, {
        appropriationId: d.appropriationId,
        year,
        excludeDecisionId: d.id,
        amount,
        overrideReason: ctx.overrideReason ?? null,
      })),
    );
  }
  return sortFindings(out);
}

/** The terms a decision states, as the reasons rule compares them. */
const decidedTermsOf = (d: Decision): DecidedTerms => ({
  amount: d.amountOre === null ? null : ore(d.amountOre),
  period: d.periodStart && d.periodEnd ? { start: d.periodStart as LocalDate, end: d.periodEnd as LocalDate } : null,
  maxShare: d.maxShareBp === null ? null : basisPoints(d.maxShareBp),
});

/**
 * What the applicant asked for, from the application as submitted: the amount, the period, and the share
 * of the budget (requested ÷ budget total, rounded down to whole basis points). Null without a submitted
 * application (an amendment request, an imported case).
 */
async function appliedTermsOf(db: Executor, caseId: string): Promise<{ terms: AppliedTerms } | null> {
  const application = await submittedApplicationOf(db, caseId);
  if (!application) return null;
  const c = application.content;
  const requested = typeof c.requestedOre === 'number' ? c.requestedOre : null;
  const budget = (c.budget ?? []).reduce((sum, line) => sum + line.amountOre, 0);
  const period =
    c.periodStart && c.periodEnd && c.periodStart <= c.periodEnd
      ? { start: c.periodStart as LocalDate, end: c.periodEnd as LocalDate }
      : null;
  return {
    terms: {
      amount: requested === null ? null : ore(requested),
      period,
      share:
        requested !== null && budget > 0
          ? basisPoints(Math.min(10_000, Math.floor((requested * 10_000) / budget)))
          : null,
    },
  };
}

/**
 * "Lämna beslutsförslag": the officer cannot propose what cannot be approved. 422 naming
 * every breaking rule, except those the decision maker may set aside with a reason at approval.
 */
export function refuseUnproposable(findings: readonly Finding[]): void {
  refuseBreakingFindings(findings.filter((f) => !OVERRIDABLE_AT_APPROVAL.has(f.code)));
}

/**
 * The activity plan a grant's period is checked against (docs/domain/rules.md, "Periods"): the project's newest plan,
 * or, when the project has none yet (a new application has no project before its grant), the activities of the
 * application as the applicant submitted it. Null when there is neither.
 */
async function activitiesToCheck(
  db: Executor,
  projectId: string | null,
  caseId: string,
): Promise<PlannedActivity[] | null> {
  const planned = projectId ? await latestActivities(db, projectId) : null;
  if (planned) {
    return planned.map((a) => ({
      number: a.number,
      title: a.title,
      start: a.startDate as LocalDate | null,
      end: a.endDate as LocalDate | null,
    }));
  }
  const application = await submittedApplicationOf(db, caseId);
  const applied = application ? plannedActivitiesOf(application.content) : [];
  return applied.length > 0 ? applied : null;
}

/**
 * An amendment that raises the grant commits the difference on the grant's own appropriation and year
 * (where committedOnYear counts the grant at its amount in force): the grant is counted at the amended
 * amount against the year's budget. Lowering it, or leaving it, never overdraws.
 */
async function amendmentCommitmentFindings(
  db: Executor,
  d: Decision,
  overrideReason: string | null,
): Promise<Finding[]> {
  const { before, after, grant } = await termsAroundAmendment(db, d);
  if (after.amount === null || before.amount === null || after.amount <= before.amount) return [];
  if (!grant.appropriationId || !grant.decisionDate) return [];
  return commitmentFindings(db, {
    appropriationId: grant.appropriationId,
    year: dateParts(grant.decisionDate as LocalDate).year,
    excludeDecisionId: grant.id,
    amount: after.amount,
    overrideReason,
  });
}

async function commitmentFindings(
  db: Executor,
  c: {
    appropriationId: string;
    year: number;
    /** The decision whose own amount is `amount` (not counted twice). */
    excludeDecisionId: string;
    amount: ReturnType<typeof ore>;
    overrideReason: string | null;
  },
): Promise<Finding[]> {
  const appropriation = await findAppropriation(db, c.appropriationId);
  if (!appropriation) return [];
  const budget = await yearBudget(db, appropriation.id, c.year);
  const committed = await committedOnYear(db, appropriation.id, c.year, c.excludeDecisionId);
  const result = checkCommitment({
    yearBudget: ore(budget ?? 0),
    committed: ore(committed),
    amount: c.amount,
    appropriation: appropriationLabel(appropriation),
    year: c.year,
  });
  if (result.ok) return [];
  const overridden = c.overrideReason !== null && c.overrideReason.trim() !== '';
  const f = findingFromError(result.error, overridden ? 'warning' : 'error');
  return [{ ...f, details: { ...f.details, appropriationId: appropriation.id, overridden } }];
}

function sortFindings(findings: Finding[]): Finding[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return findings.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** 422 naming every breaking rule and by how much; the findings travel in the problem's details. */
export function refuseBreakingFindings(findings: readonly Finding[]): void {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return;
  throw new AppError(
    errors[0]!.code,
    422,
    {
      sv: `Beslutet kan inte fattas: ${errors.map((e) => e.message.sv).join(' ')}`,
      en: `The decision cannot be made: ${errors.map((e) => e.message.en).join(' ')}`,
    },
    { rules: errors.map((e) => e.code), findings: errors },
  );
}
