import {
  basisPoints,
  checkDecisionConsistency,
  formatPercent,
  parseLocalDate,
  parseSek,
  percentToBasisPoints,
  type ApplicationContent,
  type Finding,
  plannedActivitiesOf,
  type LocalDate,
  type Ore,
} from '../../../../src/domain/index.js';
import { amountText } from '../applications/form-model.js';
import type { DecisionInput, DecisionView } from './case-api.js';

/**
 * The decision editor keeps what the officer typed as text ("400 000", "42,5") and turns it into the API's
 * DecisionInput (öre, basis points, ISO dates) for the live checks and on save. The checks themselves are
 * the domain's: the same `checkDecisionConsistency` the server runs again before approval.
 */
export interface DecisionForm {
  /** The decision's kind; this editor drafts grants and rejections. */
  kind: DecisionView['kind'];
  amount: string;
  maxShare: string;
  approvedCosts: string;
  periodStart: string;
  periodEnd: string;
  legalBasis: string[];
  appropriationId: string;
  reasons: string;
  conditions: string;
  recipients: string;
  decidedBy: string;
  how: 'delegation' | 'meeting' | 'urgent';
  delegationPoint: string;
  meetingId: string;
  urgencyGround: string;
  urgencyConsulted: string;
  urgencyConsultedOn: string;
}

export type DecisionField =
  'kind' | 'amount' | 'maxShare' | 'approvedCosts' | 'periodStart' | 'periodEnd' | 'recipients';

const shareText = (bp: number | null) => (bp === null ? '' : formatPercent(basisPoints(bp)).replace(/\s?%$/, ''));

export function fromDecision(d: DecisionView): DecisionForm {
  return {
    kind: d.kind,
    amount: amountText(d.amountOre),
    maxShare: shareText(d.maxShareBp),
    approvedCosts: amountText(d.approvedCostsOre),
    periodStart: d.period?.start ?? '',
    periodEnd: d.period?.end ?? '',
    legalBasis: d.legalBasis,
    appropriationId: d.appropriationId ?? '',
    reasons: d.reasons ?? '',
    conditions: d.conditions ?? '',
    recipients: d.recipients.join('\n'),
    decidedBy: d.decidedBy ?? '',
    how: d.authority === 'urgent' ? 'urgent' : d.meetingId ? 'meeting' : 'delegation',
    delegationPoint: d.authority === 'urgent' ? '' : (d.delegationPoint ?? ''),
    meetingId: d.meetingId ?? '',
    urgencyGround: d.urgencyGround ?? '',
    urgencyConsulted: d.urgencyConsulted ?? '',
    urgencyConsultedOn: d.urgencyConsultedOn ?? '',
  };
}

/** A first draft from the application: its period, its budget as approved costs, the requested amount. */
export function fromApplication(
  app: ApplicationContent | null,
  defaults: { legalBasis: string[]; recipients: string[] },
): DecisionForm {
  const budget = (app?.budget ?? []).reduce(
    (sum, l) => sum + (l.category === 'project_income' ? -l.amountOre : l.amountOre),
    0,
  );
  const requested = app?.requestedOre ?? null;
  // The share the requested amount makes of the budget, rounded down to whole percent for a starting point.
  const share = requested && budget > 0 ? Math.floor((requested * 100) / budget) * 100 : null;
  return {
    kind: 'grant',
    amount: amountText(requested),
    maxShare: shareText(share),
    approvedCosts: amountText(budget > 0 ? budget : null),
    periodStart: app?.periodStart ?? '',
    periodEnd: app?.periodEnd ?? '',
    legalBasis: defaults.legalBasis,
    appropriationId: '',
    reasons: '',
    conditions: '',
    recipients: defaults.recipients.join('\n'),
    decidedBy: '',
    how: 'delegation',
    delegationPoint: '',
    meetingId: '',
    urgencyGround: '',
    urgencyConsulted: '',
    urgencyConsultedOn: '',
  };
}

export interface Texts {
  amount: string;
  maxShare: string;
  approvedCosts: string;
  periodStart: string;
  periodEnd: string;
  amountInvalid: (label: string) => string;
  shareInvalid: string;
  dateInvalid: (label: string) => string;
  emailInvalid: (s: string) => string;
  kindNotDrafted: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function toDecisionInput(
  f: DecisionForm,
  t: Texts,
): { input: DecisionInput; errors: Partial<Record<DecisionField, string>> } {
  const errors: Partial<Record<DecisionField, string>> = {};
  const money = (text: string, field: DecisionField, label: string): number | null => {
    if (text.trim() === '') return null;
    const r = parseSek(text);
    if (!r.ok || r.value < 0) {
      errors[field] = t.amountInvalid(label);
      return null;
    }
    return r.value;
  };
  const date = (text: string, field: DecisionField, label: string): string | null => {
    if (text.trim() === '') return null;
    const r = parseLocalDate(text.trim());
    if (!r.ok) {
      errors[field] = t.dateInvalid(label);
      return null;
    }
    return r.value;
  };
  let maxShareBp: number | null = null;
  if (f.maxShare.trim() !== '') {
    const r = percentToBasisPoints(f.maxShare);
    if (r.ok) maxShareBp = r.value;
    else errors.maxShare = t.shareInvalid;
  }
  const start = date(f.periodStart, 'periodStart', t.periodStart);
  const end = date(f.periodEnd, 'periodEnd', t.periodEnd);
  const recipients = f.recipients
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = recipients.find((r) => !EMAIL.test(r));
  if (bad) errors.recipients = t.emailInvalid(bad);
  const grant = f.kind === 'grant';
  // A decision of another kind (an amendment, a closure) is drafted on its own page, not saved from here.
  if (f.kind !== 'grant' && f.kind !== 'reject') errors.kind = t.kindNotDrafted;
  const input: DecisionInput = {
    kind: grant ? 'grant' : 'reject',
    amountOre: grant ? money(f.amount, 'amount', t.amount) : null,
    maxShareBp: grant ? maxShareBp : null,
    approvedCostsOre: grant ? money(f.approvedCosts, 'approvedCosts', t.approvedCosts) : null,
    period: grant && start && end ? { start, end } : null,
    legalBasis: f.legalBasis,
    appropriationId: grant && f.appropriationId ? f.appropriationId : null,
    reasons: f.reasons.trim() || null,
    conditions: grant ? f.conditions.trim() || null : null,
    recipients,
    decidedBy: f.decidedBy || null,
    delegationPoint: f.how === 'delegation' ? f.delegationPoint.trim() || null : null,
    meetingId: f.how === 'meeting' ? f.meetingId || null : null,
    authority: f.how === 'meeting' ? 'committee' : f.how,
    urgencyGround: f.how === 'urgent' ? f.urgencyGround.trim() || null : null,
    urgencyConsulted: f.how === 'urgent' ? f.urgencyConsulted.trim() || null : null,
    urgencyConsultedOn: f.how === 'urgent' ? parseLocalDateOrNull(f.urgencyConsultedOn) : null,
  };
  return { input, errors };
}

/** A typed day as the API takes it; null when empty or not a date (the server then names what is missing). */
const parseLocalDateOrNull = (text: string): string | null => {
  const r = parseLocalDate(text.trim());
  return r.ok ? r.value : null;
};

/** The rules that need nothing but the form and the application: share cap, period, activities. */
export function liveFindings(input: DecisionInput, app: ApplicationContent | null): Finding[] {
  if (input.kind !== 'grant') return [];
  const activities = app ? plannedActivitiesOf(app) : [];
  return checkDecisionConsistency({
    amount: (input.amountOre ?? null) as Ore | null,
    maxShare: input.maxShareBp == null ? null : basisPoints(input.maxShareBp),
    approvedCosts: (input.approvedCostsOre ?? null) as Ore | null,
    period: input.period ? { start: input.period.start as LocalDate, end: input.period.end as LocalDate } : null,
    activities: activities.length ? activities : null,
  });
}
