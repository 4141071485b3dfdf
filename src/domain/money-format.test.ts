import { describe, expect, it } from 'vitest';
import { basisPoints, formatMillions, formatPercent, formatSek, kronor, ore } from './index.js';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatting in Swedish', () => {
  it.each([
    [550_538_900, '5 505 389 kr'],
    [550_538_850, '5 505 388,50 kr'],
    [2_542_150_100, '25 421 501 kr'],
    [100_000_000, '1 000 000 kr'],
    [99_900, '999 kr'],
    [0, '0 kr'],
    [5, '0,05 kr'],
    [10, '0,10 kr'],
    [-120_000, '−1 200 kr'],
    [-50, '−0,50 kr'],
  ])('shows %s öre as "%s"', (o, text) => {
    expect(plain(formatSek(ore(o)))).toBe(text);
  });

  it('uses non-breaking spaces, as sv-SE does, so an amount never wraps across lines', () => {
    expect(formatSek(kronor(5_505_389))).toBe('5\u00a0505\u00a0389\u00a0kr');
    expect(formatSek(kronor(2_491_478))).toBe(`${new Intl.NumberFormat('sv-SE').format(2_491_478)}\u00a0kr`);
  });

  it.each([
    [5000, '50,00 %'],
    [1250, '12,50 %'],
    [3333, '33,33 %'],
    [10_000, '100,00 %'],
    [0, '0,00 %'],
  ])('shows %s basis points as "%s"', (bp, text) => {
    expect(plain(formatPercent(basisPoints(bp)))).toBe(text);
    expect(formatPercent(basisPoints(bp))).toContain('\u00a0%');
  });

  it.each([
    [25_421_501, 1, '25,4 miljoner'],
    [25_450_000, 1, '25,5 miljoner'],
    [25_449_999, 1, '25,4 miljoner'],
    [3_000_000, 1, '3 miljoner'],
    [1_000_000, 1, '1 miljon'],
    [1_040_000, 1, '1 miljon'],
    [5_505_389, 2, '5,51 miljoner'],
    [25_421_501, 0, '25 miljoner'],
    [1_234_500_000, 1, '1 234,5 miljoner'],
  ])('writes %s kr to %s decimals as "%s"', (kr, decimals, text) => {
    expect(plain(formatMillions(kronor(kr), decimals))).toBe(text);
  });
});
