import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkDelegatedDecision,
  checkUrgentDecision,
  DELEGABLE_KINDS,
  holdsPoint,
  isChair,
  ore,
  orderInForce,
  pointsAvailable,
  type DelegatedDecisionCheck,
  type DelegationOrderVersion,
  type DelegationPointRule,
  type Ore,
  type UrgentDecisionCheck,
  delegatedDecisionsForReport,
  delegationPointMissing,
  kronor,
  parseLocalDate,
  reportMeetingFor,
  requiresCommitteeDecision,
  unwrap,
} from './index.js';

const d = (s: string) => unwrap(parseLocalDate(s));

describe('the report of delegated decisions', () => {
  const decisions = [
    { id: 'dvis', decidedAt: d('2023-11-06'), delegationPoint: '1.1', reportedAtMeetingId: null },
    { id: 'reported', decidedAt: d('2023-09-01'), delegationPoint: '1.1', reportedAtMeetingId: 'm-2023-10-05' },
    { id: 'missed', decidedAt: d('2023-08-15'), delegationPoint: '2.3', reportedAtMeetingId: null },
    { id: 'committee', decidedAt: d('2023-11-01'), delegationPoint: null, reportedAtMeetingId: null },
    { id: 'after', decidedAt: d('2023-12-08'), delegationPoint: '1.1', reportedAtMeetingId: null },
    { id: 'same-day', decidedAt: d('2023-12-07'), delegationPoint: '1.2', reportedAtMeetingId: null },
  ];

  it('lists DVIS (decided on delegation before the 7 November deadline) for the meeting of 2023-12-07, with anything a report missed', () => {
    const report = delegatedDecisionsForReport(decisions, d('2023-10-05'), d('2023-12-07'));
    expect(report.map((x) => [x.id, x.missedEarlierReport])).toEqual([
      ['missed', true],
      ['dvis', false],
      ['same-day', false],
    ]);
  });

  it('leaves out committee decisions, reported decisions and decisions after the meeting', () => {
    const ids = delegatedDecisionsForReport(decisions, d('2023-10-05'), d('2023-12-07')).map((x) => x.id);
    expect(ids).not.toContain('committee');
    expect(ids).not.toContain('reported');
    expect(ids).not.toContain('after');
  });

  it('flags nothing as missed at the first report', () => {
    const report = delegatedDecisionsForReport(decisions, null, d('2023-12-07'));
    expect(report.every((x) => !x.missedEarlierReport)).toBe(true);
    expect(report).toHaveLength(3);
  });

  it('orders decisions of the same day by id and keeps the caller’s fields', () => {
    const same = [
      { id: 'b', decidedAt: d('2023-11-06'), delegationPoint: '1.1', reportedAtMeetingId: null, title: 'B' },
      { id: 'a', decidedAt: d('2023-11-06'), delegationPoint: '1.1', reportedAtMeetingId: null, title: 'A' },
    ];
    expect(delegatedDecisionsForReport(same, null, d('2023-12-07')).map((x) => x.title)).toEqual(['A', 'B']);
  });
});

describe('delegation rules', () => {
  it.each([
    [true, ' ', true],
    [true, null, true],
    [true, '1.1', false],
    [false, null, false],
  ])('a decision delegated: %s with point %j lacks its delegation point: %s', (delegated, point, missing) => {
    expect(delegationPointMissing({ delegated, delegationPoint: point })).toBe(missing);
  });

  it.each([
    [1_200_001, 1_200_000, true],
    [1_200_000, 1_200_000, false],
    [5_505_389, 1_200_000, true],
    [499_999, 500_000, false],
  ])('%s kr with a delegation limit of %s kr goes to the committee: %s', (amount, limit, committee) => {
    expect(requiresCommitteeDecision(kronor(amount), kronor(limit))).toBe(committee);
  });

  it('sends everything to the committee when no delegation is configured', () => {
    expect(requiresCommitteeDecision(kronor(1), null)).toBe(true);
  });
});

describe('the meeting a delegated decision is reported to', () => {
  const planned = [
    { id: 'feb', heldOn: d('2027-02-04') },
    { id: 'dec', heldOn: d('2026-12-10') },
  ];

  it('is the first planned meeting on or after the decision day, whatever order the meetings come in', () => {
    expect(reportMeetingFor(d('2026-11-24'), planned)?.id).toBe('dec');
    expect(reportMeetingFor(d('2026-12-10'), planned)?.id).toBe('dec');
    expect(reportMeetingFor(d('2026-12-11'), planned)?.id).toBe('feb');
  });

  it('is the first planned meeting for a decision an earlier report missed', () => {
    expect(reportMeetingFor(d('2023-08-15'), planned)?.id).toBe('dec');
  });

  it('is none when no meeting is planned after the decision', () => {
    expect(reportMeetingFor(d('2027-02-05'), planned)).toBeNull();
    expect(reportMeetingFor(d('2026-11-24'), [])).toBeNull();
  });

  it('picks one of two meetings on the same day by id, so every caller picks the same', () => {
    const twins = [
      { id: 'b', heldOn: d('2026-12-10') },
      { id: 'a', heldOn: d('2026-12-10') },
    ];
    expect(reportMeetingFor(d('2026-12-01'), twins)?.id).toBe('a');
  });
});

describe('the delegation order in force', () => {
  const orders = [
    { id: 'v2024', validFrom: d('2024-01-01') },
    { id: 'v2023', validFrom: d('2023-02-09') },
    { id: 'v2025', validFrom: d('2025-07-01') },
  ];

  it.each([
    ['2023-02-08', null],
    ['2023-02-09', 'v2023'],
    ['2023-11-06', 'v2023'],
    ['2023-12-31', 'v2023'],
    ['2024-01-01', 'v2024'],
    ['2025-06-30', 'v2024'],
    ['2025-07-01', 'v2025'],
    ['2030-01-01', 'v2025'],
  ])('on %s is %s', (day, id) => {
    expect(orderInForce(orders, d(day))?.id ?? null).toBe(id);
  });

  it('is none when the funder has no order', () => {
    expect(orderInForce([], d('2024-01-01'))).toBeNull();
  });

  it('is, for any set of versions and any day, the latest version valid on or before it', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays(d('2020-01-01'), n));
    fc.assert(
      fc.property(fc.uniqueArray(day, { maxLength: 8 }), day, (validFroms, on) => {
        const versions = validFroms.map((validFrom, i) => ({ id: `v${i}`, validFrom }));
        const found = orderInForce(versions, on);
        const eligible = versions.filter((v) => v.validFrom <= on);
        if (eligible.length === 0) return found === null;
        return found !== null && found.validFrom <= on && eligible.every((v) => v.validFrom <= found.validFrom);
      }),
    );
  });
});

describe('a delegated decision against the order', () => {
  const points = [
    point('1.1', ['grant'], 'verksamhetschef', kronor(1_200_000)),
    point('1.2', ['reject', 'withdraw', 'recover'], 'verksamhetschef', null),
    point('1.3', ['amend', 'close'], null, kronor(500_000)),
  ];
  const order = { points };
  const head = [{ role: 'decision_maker', capacity: 'Verksamhetschef  ' }];
  const otherDecider = [{ role: 'decision_maker', capacity: 'strateg' }];
  const officer = [{ role: 'case_officer', capacity: 'verksamhetschef' }];
  const check = (over: Partial<DelegatedDecisionCheck>) =>
    checkDelegatedDecision(order, {
      kind: 'grant',
      on: d('2024-03-01'),
      amount: kronor(1_000_000),
      pointId: '1.1',
      decider: head,
      ...over,
    }).map((e) => e.code);

  it('passes a grant within the point’s limit by the head of unit (capacity compared without case or extra spaces)', () => {
    expect(check({})).toEqual([]);
    expect(check({ amount: kronor(1_200_000) })).toEqual([]);
  });

  it.each<[string, Partial<DelegatedDecisionCheck>, string[]]>([
    ['an amount 1 öre above the limit', { amount: ore(120_000_001) }, ['delegation.above_point_limit']],
    ['DVIS’s 5 505 389 kr on point 1.1', { amount: kronor(5_505_389) }, ['delegation.above_point_limit']],
    ['a decider in another capacity', { decider: otherDecider }, ['delegation.decider_not_authorised']],
    ['a case officer with the right capacity', { decider: officer }, ['delegation.decider_not_authorised']],
    ['no decider known yet (a proposal)', { decider: null }, []],
    ['no point chosen', { pointId: null }, ['delegation.point_missing']],
    ['a point not in the order ("2.3")', { pointId: '2.3' }, ['delegation.point_not_in_force']],
    ['a point for other kinds', { kind: 'reject', pointId: '1.1' }, ['delegation.point_not_for_kind']],
    ['a kind no point covers', { kind: 'unknown_kind' }, ['delegation.no_point_for_kind']],
    [
      'both above the limit and the wrong decider',
      { amount: kronor(2_000_000), decider: otherDecider },
      ['delegation.above_point_limit', 'delegation.decider_not_authorised'],
    ],
    ['a rejection under 1.2 whatever the amount', { kind: 'reject', pointId: '1.2', amount: kronor(90_000_000) }, []],
    [
      'an amendment under 1.3 by anyone holding the role',
      { kind: 'amend', pointId: '1.3', decider: otherDecider, amount: kronor(1) },
      [],
    ],
    [
      'an amendment above 1.3’s limit',
      { kind: 'amend', pointId: '1.3', amount: kronor(500_001) },
      ['delegation.above_point_limit'],
    ],
    ['a closure without an amount', { kind: 'close', pointId: '1.3', amount: null }, []],
  ])('%s', (_label, over, codes) => {
    expect(check(over)).toEqual(codes);
  });

  it('sends everything to the committee when no order is in force', () => {
    const errors = checkDelegatedDecision(null, {
      kind: 'grant',
      on: d('2020-01-01'),
      amount: null,
      pointId: null,
      decider: head,
    });
    expect(errors.map((e) => e.code)).toEqual(['delegation.no_order_in_force']);
    expect(errors[0]!.message.sv).toContain('2020-01-01');
  });

  it('names the point, the limit and the excess in both languages', () => {
    const [e] = checkDelegatedDecision(order, {
      kind: 'grant',
      on: d('2023-11-06'),
      amount: kronor(5_505_389),
      pointId: '1.1',
      decider: head,
    });
    expect(e!.message.sv).toBe(
      'Beloppet 5 505 389 kr överstiger gränsen 1 200 000 kr i delegationspunkt 1.1 med 4 305 389 kr; beslutet ska fattas av nämnden vid ett sammanträde.'.replace(
        / (?=\d{3}|kr)/g,
        '\u00a0',
      ),
    );
    expect(e!.message.en).toContain('exceeds the limit');
    expect(e!.details).toMatchObject({
      point: '1.1',
      amountOre: 550_538_900,
      limitOre: 120_000_000,
      excessOre: 430_538_900,
    });
  });

  it('names the kind in words', () => {
    const [e] = checkDelegatedDecision(
      { points: [points[0]!] },
      { kind: 'recover', on: d('2024-01-01'), amount: null, pointId: null, decider: null },
    );
    expect(e!.message.sv).toContain('återkrav');
    expect(e!.message.en).toContain('recovery');
  });

  it('offers the decider only the points they hold that cover the kind and the amount', () => {
    expect(pointsAvailable(points, 'grant', kronor(1_000_000), head).map((p) => p.number)).toEqual(['1.1']);
    expect(pointsAvailable(points, 'grant', kronor(1_300_000), head)).toEqual([]);
    expect(pointsAvailable(points, 'grant', kronor(1_000_000), otherDecider)).toEqual([]);
    expect(pointsAvailable(points, 'amend', null, otherDecider).map((p) => p.number)).toEqual(['1.3']);
    expect(pointsAvailable(points, 'reject', null, null).map((p) => p.number)).toEqual(['1.2']);
  });

  it('never passes an amount above the chosen point’s limit, nor a decider who does not hold it (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...points),
        fc.constantFrom(...DELEGABLE_KINDS),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.constantFrom(head, otherDecider, officer),
        (p, kind, amount, decider) => {
          const errors = checkDelegatedDecision(order, {
            kind,
            on: d('2024-01-01'),
            amount: ore(amount),
            pointId: p.id,
            decider,
          });
          const passes = errors.length === 0;
          const allowed =
            p.decisionKinds.includes(kind) &&
            (p.amountLimit === null || amount <= p.amountLimit) &&
            holdsPoint(p, decider);
          return passes === allowed;
        },
      ),
    );
  });
});

describe('the chair’s urgent decision (kommunallagen 6 kap. 39 §)', () => {
  const order = { id: 'v2023', validFrom: d('2023-02-09'), chairCapacity: 'ordförande i regionala utvecklingsnämnden' };
  const chair = [{ role: 'decision_maker', capacity: 'Ordförande i regionala utvecklingsnämnden' }];
  const dvis: UrgentDecisionCheck = {
    on: d('2023-11-06'),
    chairCapacity: order.chairCapacity,
    decider: chair,
    ground: 'Tillväxtverkets medfinansiering kräver beslut före den 7 november 2023.',
    consulted: 'nämndens presidium',
    consultedOn: d('2023-11-06'),
  };
  const codes = (over: Partial<UrgentDecisionCheck>, o: DelegationOrderVersion | null = order) =>
    checkUrgentDecision(o, { ...dvis, ...over }).map((e) => e.code);

  it('passes DVIS: the chair, with ground and consultation, bound by no point’s limit', () => {
    expect(codes({})).toEqual([]);
    expect(isChair(order.chairCapacity, chair)).toBe(true);
  });

  it.each<[string, Partial<UrgentDecisionCheck>, string[]]>([
    [
      'someone other than the chair',
      { decider: [{ role: 'decision_maker', capacity: 'verksamhetschef' }] },
      ['delegation.urgent_not_chair'],
    ],
    [
      'a case officer named as the chair',
      { decider: [{ role: 'case_officer', capacity: order.chairCapacity }] },
      ['delegation.urgent_not_chair'],
    ],
    ['no ground', { ground: '  ' }, ['delegation.urgency_ground_missing']],
    ['no one consulted', { consulted: null }, ['delegation.urgency_consultation_missing']],
    ['no consultation day', { consultedOn: null }, ['delegation.urgency_consultation_missing']],
    [
      'a consultation after the decision',
      { consultedOn: d('2023-11-07') },
      ['delegation.urgency_consulted_after_decision'],
    ],
    ['the decider not yet known', { decider: null }, []],
  ])('refuses %s', (_l, over, expected) => {
    expect(codes(over)).toEqual(expected);
  });

  it('cannot be recorded when the order names no chair, or no order is in force', () => {
    expect(codes({}, { ...order, chairCapacity: null })).toEqual(['delegation.no_chair']);
    expect(codes({}, null)).toEqual(['delegation.no_chair']);
  });
});

function point(number: string, kinds: string[], capacity: string | null, limit: Ore | null): DelegationPointRule {
  return {
    id: number,
    number,
    text: `Punkt ${number}`,
    decisionKinds: kinds,
    deciderRole: 'decision_maker',
    deciderCapacity: capacity,
    amountLimit: limit,
    reportToCommittee: true,
  };
}
