import type { FieldIssue } from './application.js';
import { type LocalDate } from './calendar.js';
import { deadlineStatus, type DeadlineStatus } from './deadlines.js';
import { interpolate } from './errors.js';
import type { Severity } from './finding.js';
import { ore, type Ore } from './money.js';

/*
 * docs/domain/life-of-a-grant.md, "9. State allocations": the region's own state allocations (seed 003, I2021/00795).
 * One recipient's allocation for one year goes offered → accepted → requisitioned → received → used → accounted →
 * repaid; these rules keep the figures and dates of that life consistent and say where each deadline stands.
 */

/** One allocation as recorded: amounts in öre, dates as LocalDate; null where that step has not happened. */
export interface AllocationFacts {
  offered: Ore;
  acceptedOn: LocalDate | null;
  requisitioned: Ore | null;
  requisitionedOn: LocalDate | null;
  received: Ore | null;
  receivedOn: LocalDate | null;
  used: Ore | null;
  accountedOn: LocalDate | null;
  repaid: Ore | null;
  repaidOn: LocalDate | null;
}

/** The deadlines the decision sets for the allocation's year; a decision may leave one out. */
export interface AllocationDeadlines {
  requisition: LocalDate | null;
  account: LocalDate | null;
  repayment: LocalDate | null;
}

export interface AllocationContext {
  /** The state decision's date: nothing can happen to its money before it. */
  decidedOn: LocalDate;
  /** Today in Sweden: a recorded step has happened, so its date is not in the future. */
  today: LocalDate;
  deadlines: AllocationDeadlines;
}

export type AllocationField = Exclude<keyof AllocationFacts, 'offered'>;

const MESSAGES = {
  'state_allocation.amount_negative': {
    sv: '{label} kan inte vara negativt ({amountOre}).',
    en: '{labelEn} cannot be negative ({amountOre}).',
  },
  'state_allocation.amount_without_date': {
    sv: '{label} behöver ett datum.',
    en: '{labelEn} needs a date.',
  },
  'state_allocation.date_without_amount': {
    sv: '{label} behöver ett belopp.',
    en: '{labelEn} needs an amount.',
  },
  'state_allocation.requisition_exceeds_offer': {
    sv: 'Rekvirerat belopp {requisitionedOre} överstiger erbjudet belopp {offeredOre} med {excessOre}.',
    en: 'The requisitioned amount {requisitionedOre} exceeds the offered amount {offeredOre} by {excessOre}.',
  },
  'state_allocation.received_without_requisition': {
    sv: 'Medel kan inte ha tagits emot innan de rekvirerats.',
    en: 'Funds cannot have been received before they were requisitioned.',
  },
  'state_allocation.received_exceeds_requisition': {
    sv: 'Mottaget belopp {receivedOre} överstiger rekvirerat belopp {requisitionedOre} med {excessOre}.',
    en: 'The received amount {receivedOre} exceeds the requisitioned amount {requisitionedOre} by {excessOre}.',
  },
  'state_allocation.used_without_received': {
    sv: 'Använda medel kan inte anges innan medel tagits emot.',
    en: 'Used funds cannot be given before funds were received.',
  },
  'state_allocation.used_exceeds_received': {
    sv: 'Använt belopp {usedOre} överstiger mottaget belopp {receivedOre} med {excessOre}.',
    en: 'The used amount {usedOre} exceeds the received amount {receivedOre} by {excessOre}.',
  },
  'state_allocation.accounted_without_used': {
    sv: 'Redovisningen behöver uppgift om hur mycket av medlen som använts.',
    en: 'The account needs the amount of the funds that was used.',
  },
  'state_allocation.repaid_without_used': {
    sv: 'En återbetalning kan bara anges när det är känt hur mycket som använts.',
    en: 'A repayment can only be given once the used amount is known.',
  },
  'state_allocation.repaid_mismatch': {
    sv: 'Återbetalt belopp {repaidOre} ska vara outnyttjade medel: mottaget {receivedOre} minus använt {usedOre} = {unusedOre}.',
    en: 'The repaid amount {repaidOre} must be the unused funds: received {receivedOre} minus used {usedOre} = {unusedOre}.',
  },
  'state_allocation.date_before_decision': {
    sv: '{label} {date} ligger före regeringsbeslutet {decidedOn}.',
    en: '{labelEn} {date} is before the government decision of {decidedOn}.',
  },
  'state_allocation.date_in_future': {
    sv: '{label} {date} ligger i framtiden (i dag är det {today}).',
    en: '{labelEn} {date} is in the future (today is {today}).',
  },
  'state_allocation.date_order': {
    sv: '{label} {date} ligger före {earlierLabel} {earlierDate}.',
    en: '{labelEn} {date} is before {earlierLabelEn} {earlierDate}.',
  },
  'state_allocation.requisition_late': {
    sv: 'Medlen rekvirerades {date}, efter sista dag för rekvisition {deadline}.',
    en: 'The funds were requisitioned on {date}, after the requisition deadline {deadline}.',
  },
  'state_allocation.account_late': {
    sv: 'Redovisningen lämnades {date}, efter sista dag {deadline}.',
    en: 'The account was given on {date}, after the deadline {deadline}.',
  },
  'state_allocation.no_requisition_deadline': {
    sv: 'Beslutet anger ingen sista dag för rekvisition av medlen för {year}. Kontrollera beslutet och följ upp fristen manuellt.',
    en: 'The decision sets no requisition deadline for the funds of {year}. Check the decision and follow the deadline up by hand.',
  },
  'state_allocation.no_account_deadline': {
    sv: 'Beslutet anger ingen sista dag för redovisning av medlen för {year}. Kontrollera beslutet och följ upp fristen manuellt.',
    en: 'The decision sets no account deadline for the funds of {year}. Check the decision and follow the deadline up by hand.',
  },
  'state_allocation.no_repayment_deadline': {
    sv: 'Beslutet anger ingen sista dag för återbetalning av outnyttjade medel för {year}. Kontrollera beslutet och följ upp fristen manuellt.',
    en: 'The decision sets no deadline for repaying unused funds of {year}. Check the decision and follow the deadline up by hand.',
  },
  'state_allocation.repayment_late': {
    sv: 'Återbetalningen gjordes {date}, efter sista dag {deadline}.',
    en: 'The repayment was made on {date}, after the deadline {deadline}.',
  },
} as const satisfies Record<string, { sv: string; en: string }>;

export type AllocationIssueCode = keyof typeof MESSAGES;

/** How each field reads in messages (Swedish, as the form labels it). */
export const ALLOCATION_FIELD_LABELS: Record<AllocationField, { sv: string; en: string }> = {
  acceptedOn: { sv: 'Accepterat datum', en: 'Date accepted' },
  requisitioned: { sv: 'Rekvirerat belopp', en: 'Requisitioned amount' },
  requisitionedOn: { sv: 'Rekvisitionsdatum', en: 'Date requisitioned' },
  received: { sv: 'Mottaget belopp', en: 'Received amount' },
  receivedOn: { sv: 'Datum mottaget', en: 'Date received' },
  used: { sv: 'Använt belopp', en: 'Used amount' },
  accountedOn: { sv: 'Redovisningsdatum', en: 'Date accounted' },
  repaid: { sv: 'Återbetalt belopp', en: 'Repaid amount' },
  repaidOn: { sv: 'Återbetalningsdatum', en: 'Date repaid' },
};

function issue(
  path: AllocationField,
  code: AllocationIssueCode,
  details: Record<string, unknown> = {},
  severity: Severity = 'error',
): FieldIssue {
  const label = ALLOCATION_FIELD_LABELS[path];
  const all = { label: label.sv, labelEn: label.en, ...details };
  return {
    path,
    code,
    severity,
    message: { sv: interpolate(MESSAGES[code].sv, all, 'sv'), en: interpolate(MESSAGES[code].en, all, 'en') },
  };
}

const AMOUNT_DATE_PAIRS = [
  ['requisitioned', 'requisitionedOn'],
  ['received', 'receivedOn'],
  ['repaid', 'repaidOn'],
] as const;

const DATE_FIELDS = ['acceptedOn', 'requisitionedOn', 'receivedOn', 'accountedOn', 'repaidOn'] as const;

/** Each step's date is on or after the date of the step it follows (when both are known). */
const DATE_ORDER: readonly (readonly [(typeof DATE_FIELDS)[number], (typeof DATE_FIELDS)[number]])[] = [
  ['requisitionedOn', 'acceptedOn'],
  ['receivedOn', 'requisitionedOn'],
  ['accountedOn', 'receivedOn'],
  ['repaidOn', 'receivedOn'],
];

function amountIssues(a: AllocationFacts): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const field of ['requisitioned', 'received', 'used', 'repaid'] as const) {
    const v = a[field];
    if (v !== null && v < 0) out.push(issue(field, 'state_allocation.amount_negative', { amountOre: v }));
  }
  for (const [amount, date] of AMOUNT_DATE_PAIRS) {
    if (a[amount] !== null && a[date] === null) out.push(issue(date, 'state_allocation.amount_without_date'));
    if (a[amount] === null && a[date] !== null) out.push(issue(amount, 'state_allocation.date_without_amount'));
  }
  if (a.requisitioned !== null && a.requisitioned > a.offered) {
    out.push(
      issue('requisitioned', 'state_allocation.requisition_exceeds_offer', {
        requisitionedOre: a.requisitioned,
        offeredOre: a.offered,
        excessOre: a.requisitioned - a.offered,
      }),
    );
  }
  if (a.received !== null) {
    if (a.requisitioned === null) out.push(issue('received', 'state_allocation.received_without_requisition'));
    else if (a.received > a.requisitioned) {
      out.push(
        issue('received', 'state_allocation.received_exceeds_requisition', {
          receivedOre: a.received,
          requisitionedOre: a.requisitioned,
          excessOre: a.received - a.requisitioned,
        }),
      );
    }
  }
  if (a.used !== null) {
    if (a.received === null) out.push(issue('used', 'state_allocation.used_without_received'));
    else if (a.used > a.received) {
      out.push(
        issue('used', 'state_allocation.used_exceeds_received', {
          usedOre: a.used,
          receivedOre: a.received,
          excessOre: a.used - a.received,
        }),
      );
    }
  }
  if (a.accountedOn !== null && a.used === null) out.push(issue('used', 'state_allocation.accounted_without_used'));
  if (a.repaid !== null) {
    if (a.used === null || a.received === null) out.push(issue('repaid', 'state_allocation.repaid_without_used'));
    else if (a.used <= a.received && a.repaid !== a.received - a.used) {
      out.push(
        issue('repaid', 'state_allocation.repaid_mismatch', {
          repaidOre: a.repaid,
          receivedOre: a.received,
          usedOre: a.used,
          unusedOre: a.received - a.used,
        }),
      );
    }
  }
  return out;
}

function dateIssues(a: AllocationFacts, ctx: AllocationContext): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const field of DATE_FIELDS) {
    const date = a[field];
    if (date === null) continue;
    if (date < ctx.decidedOn)
      out.push(issue(field, 'state_allocation.date_before_decision', { date, decidedOn: ctx.decidedOn }));
    if (date > ctx.today) out.push(issue(field, 'state_allocation.date_in_future', { date, today: ctx.today }));
  }
  for (const [later, earlier] of DATE_ORDER) {
    const laterDate = a[later];
    const earlierDate = a[earlier];
    if (laterDate !== null && earlierDate !== null && laterDate < earlierDate) {
      const e = ALLOCATION_FIELD_LABELS[earlier];
      out.push(
        issue(later, 'state_allocation.date_order', {
          date: laterDate,
          earlierDate,
          earlierLabel: e.sv.toLowerCase(),
          earlierLabelEn: e.en.toLowerCase(),
        }),
      );
    }
  }
  return out;
}

/** Late steps are recorded as they happened (the agency may accept them) and flagged as warnings. */
function lateIssues(a: AllocationFacts, d: AllocationDeadlines): FieldIssue[] {
  const out: FieldIssue[] = [];
  const late = [
    ['requisitionedOn', d.requisition, 'state_allocation.requisition_late'],
    ['accountedOn', d.account, 'state_allocation.account_late'],
    ['repaidOn', d.repayment, 'state_allocation.repayment_late'],
  ] as const;
  for (const [field, deadline, code] of late) {
    const date = a[field];
    if (date !== null && deadline !== null && date > deadline) {
      out.push(issue(field, code, { date, deadline }, 'warning'));
    }
  }
  return out;
}

/**
 * Every rule an allocation's record must keep: requisitioned ≤ offered, received ≤ requisitioned,
 * used ≤ received, repaid = received − used, each amount with its date, dates on or after the decision,
 * not in the future and in the order of the steps. Errors refuse the record; a step after its deadline
 * is a warning, because the record must say what really happened.
 */
export function checkAllocation(a: AllocationFacts, ctx: AllocationContext): FieldIssue[] {
  return [...amountIssues(a), ...dateIssues(a, ctx), ...lateIssues(a, ctx.deadlines)];
}

/** Received but not used: what is to be repaid once the account is made; null until both are known. */
export function unusedFunds(a: AllocationFacts): Ore | null {
  if (a.received === null || a.used === null) return null;
  return ore(Math.max(0, a.received - a.used));
}

/**
 * Whether a recipient's allocations are followed (tracked) here: the recipient keeps its own record —
 * it is one of the viewer's organisations, whose staff record its steps — or a step of any of its years
 * has been recorded. A decision such as I2021/00795 lists 21 recipients; the region follows its own
 * allocation, and of the other 20 nothing is known. For those, "not requisitioned in time" would be a
 * claim without any basis: their stage is 'not_tracked' and no deadline is said to be met or missed.
 */
export function isTrackedRecipient(allocations: readonly AllocationFacts[], o: { keptByViewer: boolean }): boolean {
  if (o.keptByViewer) return true;
  return allocations.some((a) =>
    (Object.keys(a) as (keyof AllocationFacts)[]).some((k) => k !== 'offered' && a[k] !== null),
  );
}

export interface TrackingOption {
  /** False for a recipient whose allocations nobody follows here (isTrackedRecipient); default true. */
  tracked?: boolean;
}

export type AllocationStage =
  /** Nobody follows this recipient's allocation here: where it stands is not known (isTrackedRecipient). */
  | 'not_tracked'
  | 'offered'
  | 'accepted'
  | 'requisitioned'
  | 'received'
  | 'accounted'
  | 'completed'
  /** The requisition deadline passed with nothing requisitioned: the offer has lapsed. */
  | 'lapsed';

/** Where the allocation stands, for the table of a decision: one word per recipient and year. */
export function allocationStage(
  a: AllocationFacts,
  d: AllocationDeadlines,
  today: LocalDate,
  o: TrackingOption = {},
): AllocationStage {
  if (o.tracked === false) return 'not_tracked';
  if (a.accountedOn !== null) {
    const unused = unusedFunds(a) ?? ore(0);
    return unused === 0 || a.repaidOn !== null ? 'completed' : 'accounted';
  }
  if (a.received !== null) return 'received';
  if (a.requisitioned !== null) return 'requisitioned';
  if (d.requisition !== null && d.requisition < today) return 'lapsed';
  return a.acceptedOn !== null ? 'accepted' : 'offered';
}

export type AllocationDeadlineKind = 'requisition' | 'account' | 'repayment';

export interface AllocationDeadline {
  kind: AllocationDeadlineKind;
  due: LocalDate;
  status: DeadlineStatus;
  /** For a repayment: the unused funds once the account gives them. */
  amount: Ore | null;
}

/**
 * The deadlines that apply to an allocation, with where each stands today (the domain's deadlineStatus).
 * The account and repayment apply only to money requisitioned, or still to be requisitioned in time:
 * once an offer lapses nothing is to be accounted for. Nothing is to be repaid when the account shows
 * every krona used.
 */
export function allocationDeadlines(
  a: AllocationFacts,
  d: AllocationDeadlines,
  today: LocalDate,
  options: { soonDays?: number } & TrackingOption = {},
): AllocationDeadline[] {
  // Of an allocation nobody follows, nothing can be said to be met, missed or due.
  if (options.tracked === false) return [];
  const soon = options.soonDays === undefined ? {} : { soonDays: options.soonDays };
  const out: AllocationDeadline[] = [];
  if (d.requisition !== null) {
    out.push({
      kind: 'requisition',
      due: d.requisition,
      status: deadlineStatus(d.requisition, today, { ...soon, done: a.requisitionedOn !== null }),
      amount: null,
    });
  }
  if (allocationStage(a, d, today) === 'lapsed') return out;
  if (d.account !== null) {
    out.push({
      kind: 'account',
      due: d.account,
      status: deadlineStatus(d.account, today, { ...soon, done: a.accountedOn !== null }),
      amount: null,
    });
  }
  const unused = unusedFunds(a);
  const nothingToRepay = a.accountedOn !== null && unused === 0;
  if (d.repayment !== null && !nothingToRepay) {
    out.push({
      kind: 'repayment',
      due: d.repayment,
      status: deadlineStatus(d.repayment, today, { ...soon, done: a.repaidOn !== null }),
      amount: a.accountedOn !== null ? unused : null,
    });
  }
  return out;
}

/**
 * The first deadline not yet met, if any: what the table shows beside the stage. A lapsed offer has
 * none: its stage already says the requisition deadline passed, and nothing else is due from it.
 */
export function nextAllocationDeadline(
  a: AllocationFacts,
  d: AllocationDeadlines,
  today: LocalDate,
  o: TrackingOption = {},
): AllocationDeadline | null {
  const stage = allocationStage(a, d, today, o);
  if (stage === 'lapsed' || stage === 'not_tracked') return null;
  const open = allocationDeadlines(a, d, today).filter((x) => x.status.state !== 'done');
  return open.sort((x, y) => (x.due < y.due ? -1 : x.due > y.due ? 1 : 0))[0] ?? null;
}

/**
 * The deadlines a decision leaves out for a year, as warnings: seed 003 sets the account (31 January)
 * and repayment (26 February) "respektive år 2022–2025", which covers the money of 2021–2024 only, so
 * the money of 2025 has neither. Nothing reminds anyone of a deadline that does not exist; the warning
 * says so, so that it is followed up by hand (or the decision's later wording recorded).
 */
export function missingDeadlineWarnings(year: number, d: AllocationDeadlines): FieldIssue[] {
  const missing: [AllocationField, AllocationIssueCode, LocalDate | null][] = [
    ['requisitionedOn', 'state_allocation.no_requisition_deadline', d.requisition],
    ['accountedOn', 'state_allocation.no_account_deadline', d.account],
    ['repaidOn', 'state_allocation.no_repayment_deadline', d.repayment],
  ];
  return missing.filter(([, , due]) => due === null).map(([path, code]) => issue(path, code, { year }, 'warning'));
}
