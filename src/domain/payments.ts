import type { CostCategory } from './application.js';
import { ADVANCE_RULE_2003_596, advanceLimit, checkAdvance, payableAmount, type AdvanceRule } from './cofinancing.js';
import { interpolate } from './errors.js';
import {
  addOre,
  applyShare,
  basisPoints,
  maxOre,
  minOre,
  ore,
  subOre,
  sumOre,
  ZERO_ORE,
  type BasisPoints,
  type Ore,
} from './money.js';

/*
 * Payment requests (docs/domain/life-of-a-grant.md, "6. Reporting and payment"; docs/domain/rules.md,
 * "What a payment may pay"): costs per category, checked by the officer, paid by finance. The rules of the share cap
 * live in cofinancing.ts (payableAmount, checkAdvance); this file adds what a request needs around them: its totals,
 * the officer's approvals, and the project-level ceiling that no approval or payment may ever pass.
 */

export const PAYMENT_KINDS = ['advance', 'interim', 'final'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/** Swedish and English labels of the cost categories, shared by messages, the API and the web app. */
export const COST_CATEGORY_NAMES: Readonly<Record<CostCategory, { sv: string; en: string }>> = {
  staff: { sv: 'Personal', en: 'Staff' },
  external_services: { sv: 'Externa tjänster', en: 'External services' },
  travel_accommodation: { sv: 'Resor och logi', en: 'Travel and accommodation' },
  investments_equipment_premises: {
    sv: 'Investeringar, utrustning och lokaler',
    en: 'Investments, equipment and premises',
  },
  indirect_costs: { sv: 'Indirekta kostnader', en: 'Indirect costs' },
  project_income: { sv: 'Projektintäkter', en: 'Project income' },
  in_kind: { sv: 'Bidrag i annat än pengar', en: 'Contributions in kind' },
};

/** One cost category of a request: what the beneficiary claims and, once checked, what the officer approves. */
export interface CostLine {
  category: CostCategory;
  claimedOre: number;
  approvedOre?: number | null;
  motivation?: string | null;
}

const PAYMENT_MESSAGES = {
  'payment.duplicate_category': {
    sv: 'Kostnadsslaget {category} förekommer mer än en gång.',
    en: 'The cost category {categoryEn} occurs more than once.',
  },
  'payment.approval_missing': {
    sv: 'Ange godkänt belopp för {category}.',
    en: 'Enter the approved amount for {categoryEn}.',
  },
  'payment.approved_above_claimed': {
    sv: 'Godkänt belopp för {category}, {approvedOre}, är större än det begärda, {claimedOre}.',
    en: 'The approved amount for {categoryEn}, {approvedOre}, is more than was claimed, {claimedOre}.',
  },
  'payment.cut_without_motivation': {
    sv: 'Godkänt belopp för {category} är {cutOre} lägre än det begärda: skriv en motivering.',
    en: 'The approved amount for {categoryEn} is {cutOre} below the claim: write a motivation.',
  },
  'payment.cap_exceeded': {
    sv: 'Utbetalningen skulle ta projektets utbetalningar till {totalOre}, över taket {ceilingOre} (det lägsta av stödet i kraft {grantOre} och stödandelen av godkända kostnader), med {excessOre}.',
    en: "The payment would take the project's payments to {totalOre}, above the ceiling {ceilingOre} (the lower of the grant in force {grantOre} and the share of approved costs), by {excessOre}.",
  },
} as const;
export type PaymentIssueCode = keyof typeof PAYMENT_MESSAGES | 'advance.exceeds_limit';

/** A broken payment rule, with a stable code and a message in both languages. */
export interface PaymentIssue {
  code: PaymentIssueCode;
  category?: CostCategory;
  message: { sv: string; en: string };
  details: Record<string, unknown>;
}

function issue(
  code: keyof typeof PAYMENT_MESSAGES,
  details: Record<string, unknown>,
  category?: CostCategory,
): PaymentIssue {
  const names = category
    ? { category: COST_CATEGORY_NAMES[category].sv, categoryEn: COST_CATEGORY_NAMES[category].en }
    : {};
  const all = { ...names, ...details };
  const m = PAYMENT_MESSAGES[code];
  return {
    code,
    ...(category ? { category } : {}),
    message: { sv: interpolate(m.sv, all, 'sv'), en: interpolate(m.en, all, 'en') },
    details,
  };
}

/** Project income reduces the costs; every other category, in-kind contributions too, adds to them. */
const signed = (category: CostCategory, amount: number): number => (category === 'project_income' ? -amount : amount);

export interface PaymentRequestTotals {
  /** Net claimed costs: the sum of the categories, income subtracted. */
  claimed: Ore;
  /** Net approved costs; null while any category is still unchecked. */
  approved: Ore | null;
  /** How much less was approved than claimed (net). */
  cut: Ore;
}

/** The live totals of a request, as the beneficiary's and the officer's pages show them. */
export function paymentRequestTotals(lines: readonly CostLine[]): PaymentRequestTotals {
  const claimed = ore(lines.reduce((s, l) => s + signed(l.category, l.claimedOre), 0));
  const checked = lines.every((l) => l.approvedOre !== undefined && l.approvedOre !== null);
  const approved = checked ? ore(lines.reduce((s, l) => s + signed(l.category, l.approvedOre ?? 0), 0)) : null;
  return { claimed, approved, cut: approved === null ? ZERO_ORE : maxOre(ZERO_ORE, subOre(claimed, approved)) };
}

/**
 * The officer's check of each category: an amount for every category, never more than claimed, and a
 * motivation wherever a claim is cut (it is printed in the notice to the beneficiary).
 */
export function checkCostApprovals(lines: readonly CostLine[]): PaymentIssue[] {
  const issues: PaymentIssue[] = [];
  const seen = new Set<CostCategory>();
  for (const l of lines) {
    if (seen.has(l.category)) issues.push(issue('payment.duplicate_category', {}, l.category));
    seen.add(l.category);
    if (l.approvedOre === undefined || l.approvedOre === null) {
      issues.push(issue('payment.approval_missing', {}, l.category));
    } else if (l.approvedOre > l.claimedOre) {
      issues.push(
        issue('payment.approved_above_claimed', { approvedOre: l.approvedOre, claimedOre: l.claimedOre }, l.category),
      );
    } else if (l.approvedOre < l.claimedOre && !l.motivation?.trim()) {
      issues.push(issue('payment.cut_without_motivation', { cutOre: l.claimedOre - l.approvedOre }, l.category));
    }
  }
  return issues;
}

export interface PaymentCeilingInput {
  grantAmount: Ore;
  /** Null when the decision states no share: then only the grant caps. */
  maxShare: BasisPoints | null;
  /** Net approved costs of every approved or paid request. */
  cumulativeApprovedCosts: Ore;
  /** Advances approved or paid: money out before costs, offset against later payments. */
  advances: Ore;
  withheldUntilFinal: BasisPoints;
  /** Whether the final payment is among what is counted: only it releases the withheld share. */
  includesFinal: boolean;
}

const FULL_SHARE = basisPoints(10_000);

/**
 * The most a project may have paid and committed in all (docs/domain/rules.md, "What a payment may pay"): the grant in
 * force (less the withheld share before the final payment), and s × cumulative approved costs — or the advances, where
 * they are more, since an advance is paid before there are costs and is earned back by later ones.
 */
export function paymentCeiling(input: PaymentCeilingInput): Ore {
  const withheld = input.includesFinal ? 0 : input.withheldUntilFinal;
  const capByGrant = withheld === 0 ? input.grantAmount : applyShare(input.grantAmount, basisPoints(10_000 - withheld));
  const capByShare = applyShare(input.cumulativeApprovedCosts, input.maxShare ?? FULL_SHARE);
  return minOre(capByGrant, maxOre(capByShare, input.advances));
}

/** Refused when `total` (paid and committed, this payment included) would pass the ceiling. */
export function checkPaymentCeiling(input: PaymentCeilingInput & { total: Ore }): PaymentIssue | null {
  const ceiling = paymentCeiling(input);
  if (input.total <= ceiling) return null;
  return issue('payment.cap_exceeded', {
    totalOre: input.total,
    ceilingOre: ceiling,
    grantOre: input.grantAmount,
    excessOre: subOre(input.total, ceiling),
  });
}

export interface PaymentAssessmentInput {
  kind: PaymentKind;
  grantAmount: Ore;
  maxShare: BasisPoints | null;
  /** The share of the grant held back until the final payment (1000 = 10 %). */
  withheldUntilFinal: BasisPoints;
  advanceRule?: AdvanceRule;
  /** Net approved costs of the project's other approved or paid requests. */
  priorApprovedCosts: Ore;
  /** Advances of the project's other approved or paid requests. */
  priorAdvances: Ore;
  /** Paid so far plus what other approved requests will pay. */
  committed: Ore;
  /** This request's net approved costs (interim and final). */
  approvedCosts: Ore;
  /** The advance this request asks for (advance only). */
  requestedAdvance: Ore;
}

export type PaymentLimit = 'share' | 'grant' | 'withheld' | 'nothing_left' | 'advance';

export interface PaymentAssessment {
  payable: Ore;
  /** Which limit binds the payable amount. */
  limitedBy: PaymentLimit;
  cumulativeApprovedCosts: Ore;
  /** s × cumulative approved costs, by the one rounding rule. */
  capByShare: Ore;
  /** The grant, less the withheld share before the final payment. */
  capByGrant: Ore;
  /** The part of the grant held back until the final payment (0 for the final payment). */
  withheld: Ore;
  /** The largest advance the grant allows in all (advances only). */
  advanceLimit: Ore | null;
  /** The grant in force less everything paid, committed and now payable. */
  remainingGrant: Ore;
  /** Paid beyond what the costs now support (a recovery's basis). */
  overpaid: Ore;
  /** Rules the request breaks as it stands (an advance above the limit): it cannot be approved. */
  issues: PaymentIssue[];
}

/**
 * What a request pays, by the rules of docs/domain/rules.md, "What a payment may pay" and förordning 2003:596 11 §: an
 * interim or final request pays what keeps cumulative payments within min(grant, s × cumulative approved costs), the
 * withheld share released only by the final one; an advance pays what is asked if all advances stay within half the
 * grant and 400 000 kr (the configurable rule) and within the grant less the withheld share.
 */
export function assessPayment(input: PaymentAssessmentInput): PaymentAssessment {
  const isFinal = input.kind === 'final';
  const cumulativeApprovedCosts =
    input.kind === 'advance' ? input.priorApprovedCosts : addOre(input.priorApprovedCosts, input.approvedCosts);
  const base = payableAmount({
    grantAmount: input.grantAmount,
    maxShare: input.maxShare ?? FULL_SHARE,
    cumulativeApprovedCosts,
    cumulativePaid: input.committed,
    withheldUntilFinal: input.withheldUntilFinal,
    isFinal,
  });
  const withheld = subOre(input.grantAmount, base.capByGrant);
  const common = {
    cumulativeApprovedCosts,
    capByShare: base.capByShare,
    capByGrant: base.capByGrant,
    withheld: maxOre(ZERO_ORE, withheld),
    overpaid: base.overpaid,
  };
  const remaining = (payable: Ore) => maxOre(ZERO_ORE, subOre(subOre(input.grantAmount, input.committed), payable));
  if (input.kind !== 'advance') {
    return {
      ...common,
      payable: base.payable,
      limitedBy: base.limitedBy,
      advanceLimit: null,
      remainingGrant: remaining(base.payable),
      issues: [],
    };
  }
  const rule = input.advanceRule ?? ADVANCE_RULE_2003_596;
  const limit = advanceLimit({ grantAmount: input.grantAmount, rule });
  const check = checkAdvance({
    grantAmount: input.grantAmount,
    requested: addOre(input.priorAdvances, input.requestedAdvance),
    rule,
  });
  if (!check.ok) {
    const advanceIssue: PaymentIssue = {
      ...check.error,
      code: 'advance.exceeds_limit',
      details: check.error.details ?? {},
    };
    return {
      ...common,
      payable: ZERO_ORE,
      limitedBy: 'advance',
      advanceLimit: limit,
      remainingGrant: remaining(ZERO_ORE),
      issues: [advanceIssue],
    };
  }
  const room = maxOre(ZERO_ORE, subOre(base.capByGrant, input.committed));
  const payable = minOre(input.requestedAdvance, room);
  const limitedBy: PaymentLimit =
    payable === 0
      ? 'nothing_left'
      : payable === input.requestedAdvance
        ? 'advance'
        : withheld > 0
          ? 'withheld'
          : 'grant';
  return { ...common, payable, limitedBy, advanceLimit: limit, remainingGrant: remaining(payable), issues: [] };
}

/** Sum of amounts as öre, for callers holding plain numbers from the database. */
export const sumAmounts = (amounts: readonly (number | null)[]): Ore => sumOre(amounts.map((a) => ore(a ?? 0)));

/**
 * Where a project stands apart from one request (docs/domain/rules.md, "What a payment may pay"): the approved costs
 * and advances of its other decided requests, what is paid, and what is committed (paid, plus approved but not yet
 * paid).
 */
export interface ProjectPosition {
  priorApprovedCosts: Ore;
  priorAdvances: Ore;
  paid: Ore;
  committed: Ore;
  /** Whether a final payment is among the others: it released the withheld share. */
  finalDecided: boolean;
}

/** One of the project's other requests that is decided: approved (to be paid) or paid. */
export interface DecidedPaymentRequest {
  kind: PaymentKind;
  status: 'approved' | 'paid';
  approvedCostsOre: number | null;
  payableOre: number | null;
}

/**
 * The position from the project's other decided requests and every payment made to it; a payment of the request
 * left out (`exceptRequestId`) does not count.
 */
export function projectPositionOf(
  others: readonly DecidedPaymentRequest[],
  paymentsMade: readonly { amountOre: number; requestId: string | null }[],
  exceptRequestId: string | null,
): ProjectPosition {
  const paid = sumAmounts(
    paymentsMade.filter((r) => exceptRequestId === null || r.requestId !== exceptRequestId).map((r) => r.amountOre),
  );
  const unpaid = sumAmounts(others.filter((r) => r.status === 'approved').map((r) => r.payableOre));
  return {
    priorApprovedCosts: sumAmounts(others.filter((r) => r.kind !== 'advance').map((r) => r.approvedCostsOre)),
    priorAdvances: sumAmounts(others.filter((r) => r.kind === 'advance').map((r) => r.payableOre)),
    paid,
    committed: addOre(paid, unpaid),
    finalDecided: others.some((r) => r.kind === 'final'),
  };
}
