import { describe, expect, it } from 'vitest';
import {
  basisPoints,
  checkActivityCosts,
  checkDecisionConsistency,
  checkHeadlineTotal,
  checkNameSpellings,
  checkShareCapFinding,
  checkSumOfParts,
  formatDiaryNumber,
  formatMillions,
  kronor,
  levenshtein,
  ore,
  parseLocalDate,
  unwrap,
} from './index.js';

const d = (s: string) => unwrap(parseLocalDate(s));
const pressReleaseGrants = [2_491_478, 893_984, 3_000_000, 524_994, 5_940_000, 300_000, 2_271_045, 10_000_000].map(
  (k) => kronor(k),
);

describe('headline totals', () => {
  it('finds that the press release\'s eight grants sum to 25 421 501 kr, not "25,5 miljoner"', () => {
    const findings = checkHeadlineTotal('25,5 miljoner', pressReleaseGrants);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.code).toBe('headline.mismatch');
    expect(findings[0]!.details).toMatchObject({ sum: kronor(25_421_501), roundedSum: kronor(25_400_000) });
    expect(findings[0]!.message.sv.replace(/\u00a0/g, ' ')).toContain('25 421 501 kr');
  });

  it.each(['25,4 miljoner', '25,4 miljoner kronor', '25 421 501 kr', '25 miljoner'])(
    'accepts "%s" for the same lines',
    (headline) => {
      expect(checkHeadlineTotal(headline, pressReleaseGrants)).toEqual([]);
    },
  );

  it('writes the correct headline itself', () => {
    expect(formatMillions(kronor(25_421_501))).toBe('25,4 miljoner');
    expect(formatMillions(kronor(25_450_000))).toBe('25,5 miljoner');
    expect(formatMillions(kronor(3_000_000))).toBe('3 miljoner');
  });

  it('reports a headline it cannot read', () => {
    expect(checkHeadlineTotal('många miljoner', pressReleaseGrants)[0]!.code).toBe('headline.unreadable');
  });

  it('checks a total against its parts exactly', () => {
    expect(checkSumOfParts(kronor(25_421_501), pressReleaseGrants)).toEqual([]);
    expect(checkSumOfParts(kronor(25_500_000), pressReleaseGrants)[0]!.details).toMatchObject({
      difference: kronor(78_499),
    });
  });
});

describe('names spelled two ways', () => {
  it('finds the DVIS chair as "Richard Carstedt (S)" and "Rickard Carstedt (S)"', () => {
    const findings = checkNameSpellings(['Richard Carstedt (S)', 'Rickard Carstedt (S),', 'Rickard Carstedt']);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.details.spellings).toEqual(['Richard Carstedt (S)', 'Rickard Carstedt (S),']);
  });

  it('ignores case, accents, spacing and party', () => {
    expect(checkNameSpellings(['Therese Burström', 'THERESE  BURSTROM', 'Therese Burström (S)'])).toEqual([]);
  });

  it('does not confuse different people', () => {
    expect(checkNameSpellings(['Nils Enwald', 'Therese Burström', 'Hans Svensson', 'Anders Byström'])).toEqual([]);
  });

  it('measures edit distance', () => {
    expect(levenshtein('richard', 'rickard')).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
  });
});

describe('checks on a decision', () => {
  it('reports the DVIS rounding remainder as information, not an error', () => {
    const f = checkShareCapFinding({
      amount: kronor(5_505_389),
      maxShare: basisPoints(5000),
      approvedCosts: kronor(11_010_777),
    });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'share.rounding_remainder', severity: 'info' });
    expect(f[0]!.message.sv.replace(/\u00a0/g, ' ')).toContain('5 505 388,50 kr');
  });

  it("sums DOVI's revised activity costs to 3 333 015 kr", () => {
    const costs = [150_000, 250_000, 824_015, null, 0, 0, 1_863_000, null, 0, null, 0, 0, 0, 96_000, 150_000];
    const activities = costs.map((c, i) => ({
      number: String(i),
      start: null,
      end: null,
      cost: c === null ? null : kronor(c),
    }));
    expect(checkActivityCosts(kronor(3_333_015), activities)).toEqual([]);
    expect(checkActivityCosts(kronor(3_333_016), activities)[0]!.code).toBe('activities.cost_mismatch');
  });

  it('runs every applicable check at once', () => {
    const findings = checkDecisionConsistency({
      amount: kronor(6_000_000),
      maxShare: basisPoints(5000),
      approvedCosts: kronor(11_010_777),
      period: { start: d('2024-02-01'), end: d('2027-01-31') },
      activities: [{ number: '1', start: d('2024-01-01'), end: d('2024-12-31'), cost: ore(100) }],
      activitiesTotal: ore(100),
      names: ['Richard Carstedt', 'Rickard Carstedt'],
    });
    expect(findings.map((f) => f.code).sort()).toEqual([
      'activity.outside_period',
      'name.spelling',
      'share.cap_exceeded',
    ]);
  });
});

describe('diary numbers', () => {
  it.each([
    ['RUN {year}/{seq}', 2026, 17, 'RUN 2026/17'],
    ['REGAC - {seq} - {year}', 2022, 317, 'REGAC - 317 - 2022'],
    ['RUN/{seq:3}/{year}', 2018, 73, 'RUN/073/2018'],
  ])('formats %s for %s no. %s as %s', (format, year, seq, expected) => {
    expect(formatDiaryNumber(format, year, seq)).toBe(expected);
  });

  it('refuses a format without a sequence number', () => {
    expect(() => formatDiaryNumber('RUN {year}', 2026, 1)).toThrow(RangeError);
  });
});
