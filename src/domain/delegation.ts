import type { LocalDate } from './calendar.js';
import { interpolate } from './errors.js';
import type { Ore } from './money.js';

/** A decision as the report of delegated decisions sees it; `delegationPoint` null means the committee decided. */
export interface DelegatedDecisionRef {
  id: string;
  decidedAt: LocalDate;
  delegationPoint: string | null;
  /** The meeting whose report listed it, once reported. */
  reportedAtMeetingId: string | null;
}

/**
 * docs/domain/rules.md, "Delegated decisions and their report": the meeting's report lists every delegated decision not
 * yet reported, decided on or before the meeting day — those since the last report, and any decided earlier that a
 * report missed (flagged, so the committee sees it was late). Oldest first.
 */
export function delegatedDecisionsForReport<T extends DelegatedDecisionRef>(
  decisions: readonly T[],
  lastReportDate: LocalDate | null,
  meetingDate: LocalDate,
): (T & { missedEarlierReport: boolean })[] {
  return decisions
    .filter((d) => d.delegationPoint !== null && d.reportedAtMeetingId === null && d.decidedAt <= meetingDate)
    .map((d) => ({ ...d, missedEarlierReport: lastReportDate !== null && d.decidedAt <= lastReportDate }))
    .sort((a, b) => (a.decidedAt === b.decidedAt ? (a.id < b.id ? -1 : 1) : a.decidedAt < b.decidedAt ? -1 : 1));
}

/**
 * A delegated decision must name its delegation point (kommunallagen 6 kap. 37 §; docs/domain/rules.md,
 * "Delegated decisions and their report").
 */
export const delegationPointMissing = (d: { delegated: boolean; delegationPoint: string | null }): boolean =>
  d.delegated && (d.delegationPoint === null || d.delegationPoint.trim() === '');

/**
 * Above the delegation limit the committee itself decides (Västerbotten: up to 1 200 000 kr on delegation;
 * Jämtland Härjedalen and Kalmar: 500 000 kr). The limit is configuration; null means no delegation at all.
 */
export const requiresCommitteeDecision = (amount: Ore, delegationLimit: Ore | null): boolean =>
  delegationLimit === null || amount > delegationLimit;

/**
 * Which planned meeting a delegated decision is reported to (docs/domain/rules.md,
 * "Delegated decisions and their report"): the first one held on or after the day it was decided. `plannedMeetings` are
 * the committee's meetings not yet held; null when none lies ahead, and the decision then waits for the next meeting to
 * be planned. A decision that a held meeting's report missed is decided before every planned meeting, so it goes to the
 * first of them.
 */
export function reportMeetingFor<M extends { id: string; heldOn: LocalDate }>(
  decidedAt: LocalDate,
  plannedMeetings: readonly M[],
): M | null {
  let best: M | null = null;
  for (const m of plannedMeetings) {
    if (m.heldOn < decidedAt) continue;
    if (best === null || m.heldOn < best.heldOn || (m.heldOn === best.heldOn && m.id < best.id)) best = m;
  }
  return best;
}

// ---- The delegation order as data (kommunallagen 6 kap. 37–39 §§) ----

/** Decision kinds a delegation order's points can cover. */
export const DELEGABLE_KINDS = ['grant', 'reject', 'amend', 'withdraw', 'recover', 'close'] as const;
export type DelegableKind = (typeof DELEGABLE_KINDS)[number];

export const DELEGABLE_KIND_LABELS: Record<DelegableKind, { sv: string; en: string }> = {
  grant: { sv: 'beviljande av stöd', en: 'grant' },
  reject: { sv: 'avslag', en: 'rejection' },
  amend: { sv: 'ändring av beslut', en: 'amendment' },
  withdraw: { sv: 'återkallelse av uppdrag', en: 'withdrawal of a commission' },
  recover: { sv: 'återkrav', en: 'recovery' },
  close: { sv: 'avslut av projekt', en: 'closure' },
};

/**
 * By what authority a decision is taken: the committee at a meeting, a point of the delegation order,
 * or the chair's urgent decision (kommunallagen 6 kap. 39 §), which is bound by no point's limit.
 */
export const DECISION_AUTHORITIES = ['committee', 'delegation', 'urgent'] as const;
export type DecisionAuthority = (typeof DECISION_AUTHORITIES)[number];

/** One version of a funder's delegation order. */
export interface DelegationOrderVersion {
  id: string;
  validFrom: LocalDate;
  /** The capacity of the committee's chair, who alone may take urgent decisions; null: none recorded. */
  chairCapacity?: string | null;
}

/** One point of a delegation order, as the rules see it. */
export interface DelegationPointRule {
  id: string;
  number: string;
  text: string;
  decisionKinds: readonly string[];
  /** The role the decider must hold at the funder (normally decision_maker). */
  deciderRole: string;
  /** The capacity the decider's role grant must name; null: anyone holding the role. */
  deciderCapacity: string | null;
  /** Null: no amount limit. */
  amountLimit: Ore | null;
  reportToCommittee: boolean;
}

/** A role the decider holds at the funder, with the capacity the grant names. */
export interface DeciderGrant {
  role: string;
  capacity: string | null | undefined;
}

export const DELEGATION_MESSAGES = {
  'delegation.no_order_in_force': {
    sv: 'Stödgivaren har ingen delegationsordning som gäller {date}; beslutet ska fattas av nämnden vid ett sammanträde.',
    en: 'The funder has no delegation order in force on {date}; the committee decides at a meeting.',
  },
  'delegation.no_point_for_kind': {
    sv: 'Delegationsordningen som gäller {date} har ingen punkt för {kindLabel}; beslutet ska fattas av nämnden vid ett sammanträde.',
    en: 'The delegation order in force on {date} has no point for {kindLabel}; the committee decides at a meeting.',
  },
  'delegation.point_missing': {
    sv: 'Ett delegationsbeslut måste ange vilken punkt i delegationsordningen det fattas med stöd av (eller fattas av nämnden vid ett sammanträde).',
    en: 'A delegated decision must name the point of the delegation order it relies on (or be decided by the committee at a meeting).',
  },
  'delegation.point_not_in_force': {
    sv: 'Delegationspunkt {point} finns inte i den delegationsordning som gäller {date}.',
    en: 'Delegation point {point} is not in the delegation order in force on {date}.',
  },
  'delegation.point_not_for_kind': {
    sv: 'Delegationspunkt {point} omfattar inte {kindLabel}.',
    en: 'Delegation point {point} does not cover {kindLabel}.',
  },
  'delegation.above_point_limit': {
    sv: 'Beloppet {amountOre} överstiger gränsen {limitOre} i delegationspunkt {point} med {excessOre}; beslutet ska fattas av nämnden vid ett sammanträde.',
    en: 'The amount {amountOre} exceeds the limit {limitOre} of delegation point {point} by {excessOre}; the committee decides at a meeting.',
  },
  'delegation.decider_not_authorised': {
    sv: 'Beslutsfattaren har inte delegation enligt punkt {point}: den kräver {required}. Beslutet ska fattas av den som har delegationen eller av nämnden.',
    en: 'The decision maker holds no delegation under point {point}: it requires {required}. The holder of the delegation or the committee decides.',
  },
  'delegation.no_chair': {
    sv: 'Delegationsordningen som gäller {date} anger inte ordförandens befattning; ett brådskande beslut kan inte registreras.',
    en: "The delegation order in force on {date} does not name the chair's capacity; an urgent decision cannot be recorded.",
  },
  'delegation.urgent_not_chair': {
    sv: 'Ett brådskande beslut (kommunallagen 6 kap. 39 §) får bara fattas av ordföranden ({chairCapacity}).',
    en: 'An urgent decision (kommunallagen 6 kap. 39 §) may only be taken by the chair ({chairCapacity}).',
  },
  'delegation.urgency_ground_missing': {
    sv: 'Ett brådskande beslut måste ange varför nämndens avgörande inte kunde avvaktas.',
    en: "An urgent decision must state why the committee's decision could not be awaited.",
  },
  'delegation.urgency_consultation_missing': {
    sv: 'Ett brådskande beslut måste ange vilka ordföranden samrådde med och vilken dag.',
    en: 'An urgent decision must state whom the chair consulted and on which day.',
  },
  'delegation.urgency_consulted_after_decision': {
    sv: 'Samrådet ({consultedOn}) kan inte ligga efter beslutsdagen {date}.',
    en: 'The consultation ({consultedOn}) cannot be after the decision date {date}.',
  },
  'delegation.committee_needs_meeting': {
    sv: 'Ett beslut av nämnden måste ange sammanträdet där det fattas.',
    en: 'A decision of the committee must name the meeting where it is taken.',
  },
} as const satisfies Record<string, { sv: string; en: string }>;

export type DelegationErrorCode = keyof typeof DELEGATION_MESSAGES;

export interface DelegationError {
  code: DelegationErrorCode;
  message: { sv: string; en: string };
  details: Record<string, unknown>;
}

export function delegationError(code: DelegationErrorCode, details: Record<string, unknown> = {}): DelegationError {
  const m = DELEGATION_MESSAGES[code];
  const kind = details['kind'];
  const withLabel =
    typeof kind === 'string' && kind in DELEGABLE_KIND_LABELS
      ? { kindLabel: DELEGABLE_KIND_LABELS[kind as DelegableKind], ...details }
      : details;
  return {
    code,
    message: { sv: interpolate(m.sv, withLabel, 'sv'), en: interpolate(m.en, withLabel, 'en') },
    details,
  };
}

/** The version in force on a day: the latest whose valid-from is on or before it; null before the first. */
export function orderInForce<O extends DelegationOrderVersion>(orders: readonly O[], on: LocalDate): O | null {
  let best: O | null = null;
  for (const o of orders) {
    if (o.validFrom > on) continue;
    if (best === null || o.validFrom > best.validFrom) best = o;
  }
  return best;
}

/** Capacities compare as people write them: case, surrounding and repeated spaces do not matter. */
export const sameCapacity = (a: string | null | undefined, b: string | null | undefined): boolean =>
  normaliseCapacity(a) !== '' && normaliseCapacity(a) === normaliseCapacity(b);

const normaliseCapacity = (s: string | null | undefined): string =>
  (s ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');

/** Whether someone with these grants holds the point: its role, and its capacity when it names one. */
export const holdsPoint = (point: DelegationPointRule, grants: readonly DeciderGrant[]): boolean =>
  grants.some(
    (g) =>
      g.role === point.deciderRole &&
      (point.deciderCapacity === null || sameCapacity(g.capacity, point.deciderCapacity)),
  );

/** Whether someone with these grants is the chair named by the order (a decision maker in that capacity). */
export const isChair = (chairCapacity: string | null | undefined, grants: readonly DeciderGrant[]): boolean =>
  grants.some((g) => g.role === 'decision_maker' && sameCapacity(g.capacity, chairCapacity));

/** The points covering a kind, in the order's order. */
export const pointsForKind = <P extends DelegationPointRule>(points: readonly P[], kind: string): P[] =>
  points.filter((p) => p.decisionKinds.includes(kind));

/**
 * The points under which someone with `grants` may decide `kind` at `amount` (null: no amount stated):
 * what the decision editor offers, and what tells a decision maker the matter is theirs.
 */
export const pointsAvailable = <P extends DelegationPointRule>(
  points: readonly P[],
  kind: string,
  amount: Ore | null,
  grants: readonly DeciderGrant[] | null,
): P[] =>
  pointsForKind(points, kind).filter(
    (p) =>
      (amount === null || p.amountLimit === null || amount <= p.amountLimit) &&
      (grants === null || holdsPoint(p, grants)),
  );

/** What a delegated decision is checked against. */
export interface DelegatedDecisionCheck {
  kind: string;
  /** The day the order is read for: the decision date (or today, while it is drafted). */
  on: LocalDate;
  /** The amount the point's limit applies to; null when the decision states none. */
  amount: Ore | null;
  /** The chosen point (an id of the order's points), or null when none is chosen. */
  pointId: string | null;
  /** The decider's grants at the funder; null while no decider is known (a proposal naming none). */
  decider: readonly DeciderGrant[] | null;
}

const requiredOf = (p: DelegationPointRule): string =>
  p.deciderCapacity ? `${p.deciderRole} (${p.deciderCapacity})` : p.deciderRole;

/**
 * kommunallagen 6 kap. 37–38 §§: a delegated decision relies on a point of the order in force that covers
 * its kind, whose limit the amount does not exceed, and which the decider holds. Every breaking rule is
 * returned (empty: the point covers it); a decision that breaks one goes to the committee.
 */
export function checkDelegatedDecision(
  order: { points: readonly DelegationPointRule[] } | null,
  c: DelegatedDecisionCheck,
): DelegationError[] {
  const base = { date: c.on, kind: c.kind };
  if (order === null) return [delegationError('delegation.no_order_in_force', base)];
  if (pointsForKind(order.points, c.kind).length === 0) return [delegationError('delegation.no_point_for_kind', base)];
  if (c.pointId === null) return [delegationError('delegation.point_missing', base)];
  const point = order.points.find((p) => p.id === c.pointId);
  if (!point) return [delegationError('delegation.point_not_in_force', { ...base, point: c.pointId })];
  const out: DelegationError[] = [];
  const named = { ...base, point: point.number, pointId: point.id };
  if (!point.decisionKinds.includes(c.kind)) out.push(delegationError('delegation.point_not_for_kind', named));
  if (c.amount !== null && point.amountLimit !== null && c.amount > point.amountLimit) {
    out.push(
      delegationError('delegation.above_point_limit', {
        ...named,
        amountOre: c.amount,
        limitOre: point.amountLimit,
        excessOre: c.amount - point.amountLimit,
      }),
    );
  }
  if (c.decider !== null && !holdsPoint(point, c.decider)) {
    out.push(delegationError('delegation.decider_not_authorised', { ...named, required: requiredOf(point) }));
  }
  return out;
}

/** What the chair's urgent decision records. */
export interface UrgentDecisionCheck {
  on: LocalDate;
  chairCapacity: string | null | undefined;
  decider: readonly DeciderGrant[] | null;
  ground: string | null;
  consulted: string | null;
  consultedOn: LocalDate | null;
}

/**
 * kommunallagen 6 kap. 39 §: the chair may decide a matter so urgent that the committee's decision cannot
 * be awaited. No point's limit binds it, but it must be the chair, and the decision records the ground and
 * the consultation (with whom, on which day — not after the decision).
 */
export function checkUrgentDecision(order: DelegationOrderVersion | null, c: UrgentDecisionCheck): DelegationError[] {
  const out: DelegationError[] = [];
  const chair = order?.chairCapacity ?? null;
  if (chair === null || chair.trim() === '') out.push(delegationError('delegation.no_chair', { date: c.on }));
  else if (c.decider !== null && !isChair(chair, c.decider)) {
    out.push(delegationError('delegation.urgent_not_chair', { chairCapacity: chair }));
  }
  if (!c.ground?.trim()) out.push(delegationError('delegation.urgency_ground_missing'));
  if (!c.consulted?.trim() || c.consultedOn === null) {
    out.push(delegationError('delegation.urgency_consultation_missing'));
  } else if (c.consultedOn > c.on) {
    out.push(
      delegationError('delegation.urgency_consulted_after_decision', { consultedOn: c.consultedOn, date: c.on }),
    );
  }
  return out;
}
