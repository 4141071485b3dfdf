import { describe, expect, it } from 'vitest';
import {
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
