import {
  addDays,
  addMonths,
  applyShare,
  assessPayment,
  basisPoints,
  daysBetween,
  kronor,
  ore,
  splitByLargestRemainder,
  ZERO_ORE,
  type LocalDate,
  type Ore,
} from '../../domain/index.js';
import { atNoon } from '../../server/seed/seed-writer.js';
import type { GenerationContext, PortfolioBatch } from './batch.js';
import type { GrantedProject } from './project.js';

type Category = NonNullable<PortfolioBatch['paymentRequestCosts'][number]['costCategory']>;
const CATEGORIES: { category: Category; chance: number; weight: [number, number] }[] = [
  { category: 'staff', chance: 1, weight: [50, 70] },
  { category: 'external_services', chance: 0.5, weight: [10, 30] },
  { category: 'travel_accommodation', chance: 0.4, weight: [2, 8] },
  { category: 'investments_equipment_premises', chance: 0.15, weight: [5, 20] },
  { category: 'indirect_costs', chance: 0.5, weight: [8, 15] },
];
/** The funders' standing condition: 10 % of the grant held back until the final payment. */
const WITHHELD = basisPoints(1000);

interface Slice {
  kind: 'advance' | 'interim' | 'final';
  period: { start: LocalDate; end: LocalDate } | null;
}

/** An optional advance, then one request a year of the period, the last one final. */
function slicesOf(ctx: GenerationContext, p: GrantedProject): Slice[] {
  const slices: Slice[] = ctx.rng.chance(0.25) ? [{ kind: 'advance', period: null }] : [];
  for (let i = 0; ; i++) {
    const start = addMonths(p.period.start, 12 * i);
    if (start > p.period.end) break;
    const yearEnd = addDays(addMonths(p.period.start, 12 * (i + 1)), -1);
    const end = yearEnd < p.period.end ? yearEnd : p.period.end;
    slices.push({ kind: end === p.period.end ? 'final' : 'interim', period: { start, end } });
  }
  return slices;
}

/** Costs claimed for a slice: its part of the approved costs, give or take, over one to five categories. */
function claimedCosts(ctx: GenerationContext, p: GrantedProject, period: { start: LocalDate; end: LocalDate }) {
  const share = (daysBetween(period.start, period.end) + 1) / (daysBetween(p.period.start, p.period.end) + 1);
  const total = kronor(Math.max(1, Math.round(((p.approvedCosts / 100) * share * ctx.rng.int(85, 105)) / 100)));
  const lines = CATEGORIES.filter((c) => ctx.rng.chance(c.chance));
  const split = splitByLargestRemainder(
    total,
    lines.map((c) => ctx.rng.int(...c.weight)),
    ore(100),
  );
  if (!split.ok) throw new Error(`claimed costs could not be split: ${split.error.code}`);
  return lines.map((c, i) => ({ category: c.category, claimed: split.value[i]! }));
}

/**
 * The project's payment requests up to the day the portfolio is seen from: decided ones approved and paid
 * by the domain's own rule (assessPayment: share cap, grant, withheld share, advances), a few rejected;
 * the newest may still be with the officer (an open case in the inbox) or be a draft the beneficiary is
 * writing. Every request past draft is a case of its own under the funder's diary number.
 */
export function generatePaymentRequests(
  ctx: GenerationContext,
  p: GrantedProject,
): { total: Ore; closableOn: LocalDate | null } {
  const { rng, batch, asOf } = ctx;
  let priorApprovedCosts = ZERO_ORE;
  let priorAdvances = ZERO_ORE;
  let committed = ZERO_ORE;
  let paid = ZERO_ORE;
  let closableOn: LocalDate | null = null;

  for (const slice of slicesOf(ctx, p)) {
    const requestId = rng.uuid();
    const submittedOn = slice.period
      ? addDays(slice.period.end, rng.int(10, 45))
      : addDays(p.decisionDate, rng.int(10, 40));
    const costs = slice.period ? claimedCosts(ctx, p, slice.period) : [];
    const advance = slice.kind === 'advance' ? applyShare(p.granted, basisPoints(rng.int(10, 30) * 100)) : ZERO_ORE;
    const request: PortfolioBatch['paymentRequests'][number] = {
      id: requestId,
      projectId: p.id,
      kind: slice.kind,
      periodStart: slice.period?.start ?? null,
      periodEnd: slice.period?.end ?? null,
      status: 'draft',
      requestedOre: advance,
    };
    const pushCosts = (approved?: Map<Category, Ore>) => {
      for (const c of costs) {
        batch.paymentRequestCosts.push({
          id: rng.uuid(),
          paymentRequestId: requestId,
          costCategory: c.category,
          claimedOre: c.claimed,
          approvedOre: approved?.get(c.category) ?? null,
        });
      }
    };
    if (submittedOn > asOf) {
      // The period is over but the request is not sent yet: the beneficiary may be writing it.
      if (slice.period && slice.period.end <= asOf && rng.chance(0.5)) {
        batch.paymentRequests.push(request);
        pushCosts();
      }
      break;
    }

    const caseId = rng.uuid();
    const decidedOn = addDays(submittedOn, rng.int(10, 50));
    const pending = decidedOn > asOf;
    const officer = rng.pick(p.funder.officers);
    const assessing = pending && rng.chance(0.5);
    const kase: PortfolioBatch['cases'][number] = {
      id: caseId,
      funderId: p.funder.id,
      diaryNumber: ctx.diaryNumber(p.funder, Number(submittedOn.slice(0, 4))),
      kind: 'payment_request',
      status: 'submitted',
      title: `Begäran om utbetalning: ${p.acronym ?? p.name}`,
      projectId: p.id,
      applicantOrganizationId: p.owner.id,
      officerUserId: !pending || assessing || rng.chance(0.3) ? officer.id : null,
      parentCaseId: p.applicationCaseId,
      receivedOn: submittedOn,
      registeredAt: atNoon(submittedOn),
      dueDate: addDays(submittedOn, 30),
      createdAt: atNoon(submittedOn),
      updatedAt: atNoon(pending ? submittedOn : decidedOn),
    };
    batch.cases.push(kase);
    Object.assign(request, { caseId, status: 'submitted', submittedAt: atNoon(submittedOn) });
    batch.paymentRequests.push(request);
    if (pending) {
      kase.status = assessing ? 'in_assessment' : 'submitted';
      pushCosts();
      break;
    }

    Object.assign(request, { decidedAt: atNoon(decidedOn), decidedBy: officer.id });
    if (slice.kind === 'interim' && rng.chance(0.04)) {
      Object.assign(request, { status: 'rejected', decisionNote: 'Redovisade kostnader saknar underlag.' });
      Object.assign(kase, { status: 'rejected', closedAt: atNoon(decidedOn) });
      pushCosts();
      continue;
    }

    const approved = new Map(
      costs.map((c) => [c.category, kronor(Math.floor((c.claimed / 100) * (rng.int(90, 100) / 100)))]),
    );
    const approvedCosts = ore([...approved.values()].reduce((a, b) => a + b, 0));
    const assessment = assessPayment({
      kind: slice.kind,
      grantAmount: p.granted,
      maxShare: basisPoints(p.maxShareBp),
      withheldUntilFinal: WITHHELD,
      priorApprovedCosts,
      priorAdvances,
      committed,
      approvedCosts,
      requestedAdvance: advance,
    });
    const payable = assessment.payable;
    const paidOn = addDays(decidedOn, rng.int(3, 14));
    const isPaid = paidOn <= asOf && payable > 0;
    Object.assign(request, {
      status: isPaid ? 'paid' : 'approved',
      approvedCostsOre: slice.period ? approvedCosts : null,
      payableOre: payable,
    });
    kase.status = 'decided';
    pushCosts(approved);
    if (isPaid) {
      batch.payments.push({
        id: rng.uuid(),
        projectId: p.id,
        paymentRequestId: requestId,
        amountOre: payable,
        paidOn,
        reference: `VER ${paidOn.slice(0, 4)}-${rng.int(10_000, 99_999)}`,
        createdAt: atNoon(paidOn),
      });
      paid = ore(paid + payable);
    }
    if (slice.kind === 'advance') priorAdvances = ore(priorAdvances + payable);
    else priorApprovedCosts = ore(priorApprovedCosts + approvedCosts);
    committed = ore(committed + payable);
    if (slice.kind === 'final' && paidOn <= asOf) closableOn = paidOn;
  }
  return { total: paid, closableOn };
}
