import { describe, expect, it } from 'vitest';
import {
  adverseGrounds,
  basisPoints,
  checkAppropriationYears,
  checkPeriodWithinApplied,
  checkReasons,
  kronor,
  parseLocalDate,
  unwrap,
  type AppliedTerms,
  type DecidedTerms,
  type Period,
} from './index.js';

const d = (s: string) => unwrap(parseLocalDate(s));
const period = (start: string, end: string): Period => ({ start: d(start), end: d(end) });

// Seed 000 (DVIS): applied and granted 5 505 389 kr, 2023-11-06 – 2026-10-31, 50 % of 11 010 777 kr.
const applied: AppliedTerms = {
  amount: kronor(5_505_389),
  period: period('2023-11-06', '2026-10-31'),
  share: basisPoints(5000),
};
const asApplied: DecidedTerms = { amount: applied.amount, period: applied.period, maxShare: basisPoints(5000) };

describe('reasons are required (förvaltningslagen 32 §)', () => {
  it.each<[string, string, Partial<DecidedTerms>, string[]]>([
    ['a grant as applied for', 'grant', {}, []],
    ['a grant above what was applied for', 'grant', { amount: kronor(6_000_000) }, []],
    ['a grant below the amount applied for', 'grant', { amount: kronor(5_000_000) }, ['amount_below_applied']],
    [
      'a grant for a shorter period',
      'grant',
      { period: period('2023-11-06', '2025-10-31') },
      ['period_other_than_applied'],
    ],
    [
      'a grant for a moved period',
      'grant',
      { period: period('2024-01-01', '2026-10-31') },
      ['period_other_than_applied'],
    ],
    ['a grant at a lower share', 'grant', { maxShare: basisPoints(4000) }, ['share_below_applied']],
    [
      'a grant lower on every term',
      'grant',
      { amount: kronor(1), period: period('2024-01-01', '2024-12-31'), maxShare: basisPoints(1000) },
      ['amount_below_applied', 'period_other_than_applied', 'share_below_applied'],
    ],
    ['a rejection (also of an amendment request)', 'reject', {}, ['rejection']],
    ['a withdrawal of a commission', 'withdraw', {}, ['withdrawal']],
    ['a recovery', 'recover', {}, ['recovery']],
    ['an amendment', 'amend', { amount: kronor(1) }, []],
    ['a closure', 'close', {}, []],
  ])('%s', (_l, kind, over, grounds) => {
    expect(adverseGrounds(kind, { ...asApplied, ...over }, applied).map((g) => g.ground)).toEqual(grounds);
    const findings = checkReasons(kind, null, { ...asApplied, ...over }, applied);
    expect(findings.map((f) => [f.code, f.severity])).toEqual(grounds.length ? [['reasons.required', 'error']] : []);
    expect(checkReasons(kind, 'Skälen för beslutet.', { ...asApplied, ...over }, applied)).toEqual([]);
  });

  it('counts blank reasons as none and names why, in both languages', () => {
    const [f] = checkReasons('grant', '   ', { ...asApplied, amount: kronor(5_000_000) }, applied);
    expect(f!.message.sv).toContain('förvaltningslagen 32 §');
    expect(f!.message.sv).toContain('lägre än sökt');
    expect(f!.message.en).toContain('below the');
    expect(f!.details).toEqual({ grounds: ['amount_below_applied'] });
  });

  it('asks no reasons of a grant whose application is unknown (imported or without a submitted version)', () => {
    expect(checkReasons('grant', null, { ...asApplied, amount: kronor(1) }, null)).toEqual([]);
    expect(checkReasons('reject', null, asApplied, null).map((f) => f.code)).toEqual(['reasons.required']);
  });

  it('compares only the terms both sides state', () => {
    const partial: AppliedTerms = { amount: null, period: null, share: null };
    expect(adverseGrounds('grant', { amount: kronor(1), period: null, maxShare: null }, partial)).toEqual([]);
  });
});

describe('findings on the decided period and the appropriation', () => {
  it.each([
    ['2023-11-06', '2026-10-31', []],
    ['2024-01-01', '2026-06-30', []],
    ['2023-11-01', '2026-10-31', ['period.outside_applied']],
    ['2023-11-06', '2026-11-30', ['period.outside_applied']],
  ])('a decided period %s – %s against the applied 2023-11-06 – 2026-10-31', (start, end, codes) => {
    const f = checkPeriodWithinApplied(period(start, end), applied.period);
    expect(f.map((x) => x.code)).toEqual(codes);
    expect(f.every((x) => x.severity === 'warning')).toBe(true);
  });

  it('says nothing when either period is unknown', () => {
    expect(checkPeriodWithinApplied(null, applied.period)).toEqual([]);
    expect(checkPeriodWithinApplied(applied.period, null)).toEqual([]);
  });

  it('warns of the project years an appropriation has no budget for', () => {
    const [f] = checkAppropriationYears(period('2023-11-06', '2026-10-31'), [2023, 2024], 'anslag 1:1');
    expect(f).toMatchObject({
      code: 'appropriation.years_not_covering',
      severity: 'warning',
      details: { years: [2025, 2026] },
    });
    expect(checkAppropriationYears(period('2024-01-01', '2024-12-31'), [2024], 'anslag 1:1')).toEqual([]);
    expect(checkAppropriationYears(period('2024-01-01', '2024-12-31'), [], 'anslag 1:1')).toEqual([]);
  });
});
