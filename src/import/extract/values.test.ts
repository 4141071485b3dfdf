import { describe, expect, it } from 'vitest';
import { normaliseText } from '../text.js';
import {
  findAmounts,
  findDates,
  findOrgNumbers,
  findPercentages,
  findPeriods,
  findSfsNumbers,
  wholeKronor,
} from './values.js';

const amounts = (s: string) => findAmounts(normaliseText(s).flat).map((f) => f.value.sek);

describe('findAmounts', () => {
  it.each([
    ['beviljas 5 505 389 kr, dock', [5_505_389]],
    ['uppgående till\n11 010 777 kr för', [11_010_777]],
    ['25,5 miljoner kronor till åtta projekt', [25_500_000]],
    ['ett överskott om 745 tkr återbetalas', [745_000]],
    ['265 tusen kronor användes', [265_000]],
    ['högst 1 000 000 kronor per år', [1_000_000]],
    ['5\u00a0505\u00a0388,50 kr', [5_505_388.5]],
    ['1.200.000 kr och 300 000 SEK', [1_200_000, 300_000]],
    ['år 2023 100 000 kr', [100_000]],
    ['inga belopp 2024-02-01 eller 50 %', []],
  ])('%j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
  it('rounds öre to whole kronor for the contract', () => {
    expect(wholeKronor(findAmounts('5 505 388,50 kr')[0]!.value)).toBe(5_505_389);
  });
});

describe('findDates and findPeriods', () => {
  it('reads ISO and Swedish long dates', () => {
    const text = normaliseText('Beslutsdatum 2023-11-06, anmäls den 7 december 2023 och senast 31 aug. 2026.').flat;
    expect(findDates(text).map((d) => d.value)).toEqual(['2023-11-06', '2023-12-07', '2026-08-31']);
  });
  it('reads a period broken over a line, and word forms', () => {
    expect(findPeriods(normaliseText('projektperioden 2024-02-01\n- 2027-01-31.').flat).map((p) => p.value)).toEqual([
      { start: '2024-02-01', end: '2027-01-31' },
    ]);
    expect(findPeriods('från 1 mars 2023 till och med 31 augusti 2026').map((p) => p.value)).toEqual([
      { start: '2023-03-01', end: '2026-08-31' },
    ]);
    expect(findPeriods('2023-03-01 \u2013 2026-02-28').map((p) => p.value)).toHaveLength(1);
    expect(findPeriods(normaliseText('2023-03-01 \u2013 2026-02-28').flat).map((p) => p.value)).toHaveLength(1);
  });
  it('does not take an inverted pair or an impossible date', () => {
    expect(findPeriods('2027-01-31 - 2024-02-01')).toEqual([]);
    expect(findDates('2023-02-30 och 31 juni 2024')).toEqual([]);
  });
});

describe('other values', () => {
  it('finds percentages, SFS numbers and valid organisation numbers only', () => {
    expect(findPercentages('dock högst 50,00 % av, eller 42.5% eller 30 procent').map((p) => p.value)).toEqual([
      5000, 4250, 3000,
    ]);
    expect(findSfsNumbers('förordning (2003:596) om … och förordning (2015:210) samt (2003:596)')).toEqual([
      '2003:596',
      '2015:210',
    ]);
    expect(findOrgNumbers('Org.nr 232100-0222, inte 232100-0223').map((o) => o.value)).toEqual(['232100-0222']);
  });
});
