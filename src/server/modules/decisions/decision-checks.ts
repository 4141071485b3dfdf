import {
  basisPoints,
  checkCommitment,
  checkDecisionConsistency,
  dateParts,
  delegationPointMissing,
  findingFromError,
  formatSek,
  ore,
  plannedActivitiesOf,
  requiresCommitteeDecision,
  today,
  type Clock,
  type Finding,
  type LocalDate,
  type PlannedActivity,
} from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type { Case, Decision, Funder } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { submittedApplicationOf } from '../applications/applications.repository.js';
import { committedOnYear, findAppropriation, latestActivities, yearBudget } from './decisions.repository.js';
import { termsAroundAmendment } from '../../documents/decision-letter/letter-queries.js';
import { runAmendmentChecks } from '../amendments/amendment-checks.js';

/*
 * The live rule checks of a decision (SPEC §3.10), shown while drafting and re-run inside the approving
 * transaction. Errors block approval; warnings and information do not.
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
}

export async function runDecisionChecks(db: Executor, clock: Clock, ctx: CheckContext): Promise<Finding[]> {
  const { decision: d, kase, funder } = ctx;
  const out: Finding[] = [];
  const delegated = d.meetingId === null;
  if (delegationPointMissing({ delegated, delegationPoint: d.delegationPoint })) {
    out.push(
      localFinding(
        'delegation.point_missing',
        'error',
        {
          sv: 'Ett delegationsbeslut måste ange delegationspunkt (eller fattas av nämnden vid ett sammanträde).',
          en: 'A delegated decision must name its delegation point (or be decided by the committee at a meeting).',
        },
        {},
      ),
    );
  }
  // An amendment is held to the rules of amendments (period, orphaned activities and costs, share cap).
  if (d.kind === 'amend') {
    out.push(...(await runAmendmentChecks(db, d, kase)));
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
    }),
  );

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
  if (amount !== null && delegated && funder.delegationLimitOre !== null) {
    const limit = ore(funder.delegationLimitOre);
    if (requiresCommitteeDecision(amount, limit)) {
      out.push(
        localFinding(
          'delegation.above_limit',
          'warning',
          {
            sv: `Beloppet ${formatSek(amount)} överstiger delegationsgränsen ${formatSek(limit)}; beslutet ska fattas av nämnden om inte delegationspunkten medger det.`,
            en: `The amount ${formatSek(amount)} exceeds the delegation limit ${formatSek(limit)}; the committee decides unless the delegation point allows it.`,
          },
          { amountOre: amount, limitOre: limit },
        ),
      );
    }
  }
  return sortFindings(out);
}

/**
 * The activity plan a grant's period is checked against (SPEC §3.3): the project's newest plan, or, when
 * the project has none yet (a new application has no project before its grant), the activities of the
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
