import { describe, expect, it } from 'vitest';
import {
  allocationDeadlines,
  allocationStage,
  checkAllocation,
  isTrackedRecipient,
  kronor,
  missingDeadlineWarnings,
  nextAllocationDeadline,
  parseLocalDate,
  unusedFunds,
  unwrap,
  type AllocationContext,
  type AllocationDeadlines,
  type AllocationFacts,
} from './index.js';

const d = (s: string) => unwrap(parseLocalDate(s));
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

/** Seed 003, 2024: 1 000 000 kr offered, requisition by 2024-03-31, account by 2025-01-31, repay by 2025-02-26. */
const deadlines2024: AllocationDeadlines = {
  requisition: d('2024-03-31'),
  account: d('2025-01-31'),
  repayment: d('2025-02-26'),
};
const ctx = (today = '2025-06-01', deadlines = deadlines2024): AllocationContext => ({
  decidedOn: d('2021-03-04'),
  today: d(today),
  deadlines,
});
const offered: AllocationFacts = {
  offered: kronor(1_000_000),
  acceptedOn: null,
  requisitioned: null,
  requisitionedOn: null,
  received: null,
  receivedOn: null,
  used: null,
  accountedOn: null,
  repaid: null,
  repaidOn: null,
};
/** Region Västerbotten's 2024 in the demo: 940 000 kr used, 60 000 kr repaid. */
const vasterbotten2024: AllocationFacts = {
  offered: kronor(1_000_000),
  acceptedOn: d('2021-04-15'),
  requisitioned: kronor(1_000_000),
  requisitionedOn: d('2024-03-10'),
  received: kronor(1_000_000),
  receivedOn: d('2024-04-15'),
  used: kronor(940_000),
  accountedOn: d('2025-01-28'),
  repaid: kronor(60_000),
  repaidOn: d('2025-02-20'),
};
const codes = (a: AllocationFacts, c = ctx()) => checkAllocation(a, c).map((i) => `${i.path}:${i.code}`);

describe('a consistent allocation', () => {
  it('accepts an offer nobody has acted on yet', () => {
    expect(checkAllocation(offered, ctx())).toEqual([]);
  });

  it('accepts the whole life of Region Västerbotten 2024: 940 000 kr used and 60 000 kr repaid', () => {
    expect(checkAllocation(vasterbotten2024, ctx())).toEqual([]);
  });

  it('accepts a requisition of part of the offer and nothing to repay when all received was used', () => {
    const a = {
      ...vasterbotten2024,
      requisitioned: kronor(800_000),
      received: kronor(800_000),
      used: kronor(800_000),
      repaid: null,
      repaidOn: null,
    };
    expect(checkAllocation(a, ctx())).toEqual([]);
  });

  it('accepts dates on the decision day and today itself', () => {
    const a = { ...offered, acceptedOn: d('2021-03-04'), requisitioned: kronor(1), requisitionedOn: d('2021-06-01') };
    expect(checkAllocation(a, ctx('2021-06-01', { ...deadlines2024, requisition: d('2021-11-15') }))).toEqual([]);
  });
});

describe('amounts that cannot be', () => {
  it('refuses a requisition above the offer, naming both amounts and the excess', () => {
    const a = { ...offered, requisitioned: kronor(1_000_001), requisitionedOn: d('2024-03-01') };
    const [i] = checkAllocation(a, ctx());
    expect(i).toMatchObject({
      path: 'requisitioned',
      code: 'state_allocation.requisition_exceeds_offer',
      severity: 'error',
    });
    expect(plain(i!.message.sv)).toBe(
      'Rekvirerat belopp 1 000 001 kr överstiger erbjudet belopp 1 000 000 kr med 1 kr.',
    );
  });

  it('refuses more received than requisitioned', () => {
    const a = {
      ...vasterbotten2024,
      requisitioned: kronor(500_000),
      used: kronor(500_000),
      repaid: kronor(500_000),
    };
    const issues = checkAllocation(a, ctx());
    const received = issues.find((i) => i.code === 'state_allocation.received_exceeds_requisition');
    expect(plain(received!.message.en)).toBe(
      'The received amount 1 000 000 kr exceeds the requisitioned amount 500 000 kr by 500 000 kr.',
    );
  });

  it('refuses money received without a requisition', () => {
    const a = { ...offered, received: kronor(10), receivedOn: d('2024-04-01') };
    expect(codes(a)).toEqual(['received:state_allocation.received_without_requisition']);
  });

  it('refuses more used than received', () => {
    const a = { ...vasterbotten2024, used: kronor(1_000_100), repaid: null, repaidOn: null };
    expect(codes(a)).toEqual(['used:state_allocation.used_exceeds_received']);
  });

  it('refuses a used amount before anything was received', () => {
    const a = { ...offered, used: kronor(5) };
    expect(codes(a)).toEqual(['used:state_allocation.used_without_received']);
  });

  it('refuses an account without the used amount', () => {
    const a = { ...vasterbotten2024, used: null, repaid: null, repaidOn: null };
    expect(codes(a)).toEqual(['used:state_allocation.accounted_without_used']);
  });

  it.each([
    [kronor(50_000), 'too little'],
    [kronor(70_000), 'too much'],
    [kronor(0), 'nothing'],
  ])('refuses a repayment of %i öre (%s) when 60 000 kr was unused', (repaid) => {
    const [i] = checkAllocation({ ...vasterbotten2024, repaid }, ctx());
    expect(i?.code).toBe('state_allocation.repaid_mismatch');
    expect(plain(i!.message.sv)).toContain('mottaget 1 000 000 kr minus använt 940 000 kr = 60 000 kr');
  });

  it('accepts a repayment of nothing when everything was used', () => {
    const a = { ...vasterbotten2024, used: kronor(1_000_000), repaid: kronor(0) };
    expect(checkAllocation(a, ctx())).toEqual([]);
  });

  it('refuses a repayment before the used amount is known', () => {
    const a = { ...vasterbotten2024, used: null, accountedOn: null };
    expect(codes(a)).toEqual(['repaid:state_allocation.repaid_without_used']);
  });

  it('refuses negative amounts', () => {
    const a = { ...offered, requisitioned: -1 as never, requisitionedOn: d('2024-03-01') };
    expect(codes(a)).toContain('requisitioned:state_allocation.amount_negative');
  });

  it.each([
    ['requisitioned', 'requisitionedOn'],
    ['received', 'receivedOn'],
    ['repaid', 'repaidOn'],
  ] as const)('wants %s and %s together', (amount, date) => {
    expect(codes({ ...vasterbotten2024, [date]: null })).toContain(`${date}:state_allocation.amount_without_date`);
    expect(codes({ ...vasterbotten2024, [amount]: null })).toContain(`${amount}:state_allocation.date_without_amount`);
  });
});

describe('dates that cannot be', () => {
  it('refuses a date before the government decision', () => {
    const a = { ...offered, acceptedOn: d('2021-03-03') };
    const [i] = checkAllocation(a, ctx());
    expect(i?.code).toBe('state_allocation.date_before_decision');
    expect(i?.message.sv).toBe('Accepterat datum 2021-03-03 ligger före regeringsbeslutet 2021-03-04.');
  });

  it('refuses a step recorded for a day still to come', () => {
    const [i] = checkAllocation({ ...offered, acceptedOn: d('2025-06-02') }, ctx('2025-06-01'));
    expect(i?.code).toBe('state_allocation.date_in_future');
    expect(i?.message.en).toBe('Date accepted 2025-06-02 is in the future (today is 2025-06-01).');
  });

  it.each([
    ['requisitionedOn', '2021-04-14', 'acceptedOn'],
    ['receivedOn', '2024-03-09', 'requisitionedOn'],
    ['accountedOn', '2024-04-14', 'receivedOn'],
    ['repaidOn', '2024-04-14', 'receivedOn'],
  ] as const)('refuses %s %s before %s', (field, date, earlier) => {
    const found = checkAllocation({ ...vasterbotten2024, [field]: d(date) }, ctx()).filter(
      (i) => i.code === 'state_allocation.date_order',
    );
    expect(found.map((i) => i.path)).toEqual([field]);
    expect(found[0]!.message.sv).toContain(earlier === 'acceptedOn' ? 'accepterat datum' : '');
  });
});

describe('steps after their deadline', () => {
  it('flags a requisition after its deadline as a warning, not an error', () => {
    const a = { ...offered, requisitioned: kronor(1_000_000), requisitionedOn: d('2024-04-02') };
    const issues = checkAllocation(a, ctx());
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      path: 'requisitionedOn',
      code: 'state_allocation.requisition_late',
      severity: 'warning',
    });
    expect(issues[0]!.message.sv).toBe('Medlen rekvirerades 2024-04-02, efter sista dag för rekvisition 2024-03-31.');
  });

  it('a requisition on the deadline day itself is in time', () => {
    const a = { ...offered, requisitioned: kronor(1_000_000), requisitionedOn: d('2024-03-31') };
    expect(checkAllocation(a, ctx())).toEqual([]);
  });

  it('flags a late account and a late repayment', () => {
    const a = { ...vasterbotten2024, accountedOn: d('2025-02-01'), repaidOn: d('2025-02-27') };
    expect(codes(a)).toEqual(['accountedOn:state_allocation.account_late', 'repaidOn:state_allocation.repayment_late']);
  });

  it('has nothing to flag when the decision sets no deadline (2025 has no account date in seed 003)', () => {
    const none = { requisition: null, account: null, repayment: null };
    const a = { ...vasterbotten2024, accountedOn: d('2025-05-01'), repaidOn: d('2025-05-02') };
    expect(checkAllocation(a, ctx('2025-06-01', none))).toEqual([]);
  });
});

describe('unused funds and the stage', () => {
  it('knows the unused funds once received and used are known', () => {
    expect(unusedFunds(vasterbotten2024)).toBe(kronor(60_000));
    expect(unusedFunds(offered)).toBeNull();
    expect(unusedFunds({ ...vasterbotten2024, used: null })).toBeNull();
  });

  it.each([
    ['an untouched offer before its deadline', offered, '2024-01-10', 'offered'],
    ['an accepted offer', { ...offered, acceptedOn: d('2021-04-15') }, '2024-01-10', 'accepted'],
    ['an offer past its requisition deadline', { ...offered, acceptedOn: d('2021-04-15') }, '2024-04-01', 'lapsed'],
    [
      'a requisition',
      { ...offered, requisitioned: kronor(1), requisitionedOn: d('2024-03-01') },
      '2024-04-01',
      'requisitioned',
    ],
    [
      'money received',
      { ...vasterbotten2024, used: null, accountedOn: null, repaid: null, repaidOn: null },
      '2024-06-01',
      'received',
    ],
    ['accounted, 60 000 kr to repay', { ...vasterbotten2024, repaid: null, repaidOn: null }, '2025-02-01', 'accounted'],
    ['accounted and repaid', vasterbotten2024, '2025-06-01', 'completed'],
    [
      'accounted with everything used',
      { ...vasterbotten2024, used: kronor(1_000_000), repaid: null, repaidOn: null },
      '2025-06-01',
      'completed',
    ],
  ] as const)('%s is %s', (_label, a, today, stage) => {
    expect(allocationStage(a, deadlines2024, d(today))).toBe(stage);
  });
});

describe('where the deadlines stand', () => {
  const states = (a: AllocationFacts, today: string) =>
    allocationDeadlines(a, deadlines2024, d(today)).map((x) => `${x.kind} ${x.due} ${x.status.state}`);

  it('shows all three ahead of an untouched offer, the requisition due soon 14 days before', () => {
    expect(states(offered, '2024-03-17')).toEqual([
      'requisition 2024-03-31 due_soon',
      'account 2025-01-31 upcoming',
      'repayment 2025-02-26 upcoming',
    ]);
    expect(states(offered, '2024-03-16')[0]).toBe('requisition 2024-03-31 upcoming');
    expect(states(offered, '2024-03-31')[0]).toBe('requisition 2024-03-31 due_today');
  });

  it('marks a missed requisition overdue and drops the account and repayment of a lapsed offer', () => {
    const [only, ...rest] = allocationDeadlines(offered, deadlines2024, d('2024-04-02'));
    expect(only).toMatchObject({ kind: 'requisition', status: { state: 'overdue', daysLeft: -2 } });
    expect(rest).toEqual([]);
  });

  it('marks each step done once recorded', () => {
    expect(states(vasterbotten2024, '2025-06-01')).toEqual([
      'requisition 2024-03-31 done',
      'account 2025-01-31 done',
      'repayment 2025-02-26 done',
    ]);
  });

  it('names the amount to repay once the account gives it', () => {
    const a = { ...vasterbotten2024, repaid: null, repaidOn: null };
    const repayment = allocationDeadlines(a, deadlines2024, d('2025-02-20')).find((x) => x.kind === 'repayment');
    expect(repayment).toMatchObject({ amount: kronor(60_000), status: { state: 'due_soon', daysLeft: 6 } });
  });

  it('has no repayment deadline when the account shows everything used', () => {
    const a = { ...vasterbotten2024, used: kronor(1_000_000), repaid: null, repaidOn: null };
    expect(states(a, '2025-02-20').map((s) => s.split(' ')[0])).toEqual(['requisition', 'account']);
  });

  it('leaves out a deadline the decision does not set', () => {
    const none = { requisition: d('2025-03-31'), account: null, repayment: null };
    expect(allocationDeadlines(offered, none, d('2025-01-01')).map((x) => x.kind)).toEqual(['requisition']);
  });

  it('respects a custom "soon" window', () => {
    const [r] = allocationDeadlines(offered, deadlines2024, d('2024-03-01'), { soonDays: 30 });
    expect(r?.status.state).toBe('due_soon');
  });

  it('gives the first open deadline as the next one, or none when all are met', () => {
    const requisitioned = { ...offered, requisitioned: kronor(1), requisitionedOn: d('2024-03-01') };
    expect(nextAllocationDeadline(requisitioned, deadlines2024, d('2024-06-01'))).toMatchObject({
      kind: 'account',
      due: '2025-01-31',
    });
    expect(nextAllocationDeadline(vasterbotten2024, deadlines2024, d('2025-06-01'))).toBeNull();
    // A lapsed offer: the stage says it, no "next" deadline lingers.
    expect(nextAllocationDeadline(offered, deadlines2024, d('2024-04-01'))).toBeNull();
    expect(nextAllocationDeadline(offered, deadlines2024, d('2024-03-31'))).toMatchObject({ kind: 'requisition' });
  });
});

describe('a recipient nobody follows here (seed 003: 20 of the 21 recipients)', () => {
  const offer2021: AllocationDeadlines = {
    requisition: d('2021-11-15'),
    account: d('2022-01-31'),
    repayment: d('2022-02-28'),
  };
  const nothing = [offered, offered, offered, offered, offered];

  it('is not tracked when none of its years has a recorded step and it is not the viewer’s own', () => {
    expect(isTrackedRecipient(nothing, { keptByViewer: false })).toBe(false);
    expect(isTrackedRecipient(nothing, { keptByViewer: true })).toBe(true);
    const oneStep = [...nothing.slice(1), { ...offered, acceptedOn: d('2021-04-15') }];
    expect(isTrackedRecipient(oneStep, { keptByViewer: false })).toBe(true);
  });

  it('is "not tracked", never "lapsed", long after the requisition deadline, with no deadline said to be missed', () => {
    expect(allocationStage(offered, offer2021, d('2026-12-07'))).toBe('lapsed');
    expect(allocationStage(offered, offer2021, d('2026-12-07'), { tracked: false })).toBe('not_tracked');
    expect(allocationDeadlines(offered, offer2021, d('2026-12-07'), { tracked: false })).toEqual([]);
    expect(nextAllocationDeadline(offered, offer2021, d('2021-06-01'), { tracked: false })).toBeNull();
    // Tracked is the default: the viewer's own allocation keeps its deadlines.
    expect(nextAllocationDeadline(offered, offer2021, d('2021-06-01'))?.kind).toBe('requisition');
  });
});

describe('a year for which the decision sets no deadline', () => {
  it('warns for 2025 of seed 003: no account and no repayment deadline, requisition by 2025-03-31', () => {
    const w = missingDeadlineWarnings(2025, { requisition: d('2025-03-31'), account: null, repayment: null });
    expect(w.map((x) => [x.code, x.severity, x.path])).toEqual([
      ['state_allocation.no_account_deadline', 'warning', 'accountedOn'],
      ['state_allocation.no_repayment_deadline', 'warning', 'repaidOn'],
    ]);
    expect(w[0]!.message.sv).toBe(
      'Beslutet anger ingen sista dag för redovisning av medlen för 2025. Kontrollera beslutet och följ upp fristen manuellt.',
    );
    expect(w[1]!.message.en).toContain('no deadline for repaying unused funds of 2025');
  });

  it('says nothing for a year with all three deadlines, and names a missing requisition deadline', () => {
    expect(missingDeadlineWarnings(2024, deadlines2024)).toEqual([]);
    expect(missingDeadlineWarnings(2030, { ...deadlines2024, requisition: null }).map((x) => x.code)).toEqual([
      'state_allocation.no_requisition_deadline',
    ]);
  });
});
