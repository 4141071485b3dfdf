import { describe, expect, it } from 'vitest';
import {
  basisPoints,
  checkActivitiesFinding,
  checkActivityCosts,
  checkDecisionConsistency,
  checkHeadlineTotal,
  checkShareCapFinding,
  checkSumOfParts,
  formatMillions,
  kronor,
  ore,
  parseLocalDate,
  sumOre,
  unwrap,
} from './index.js';

const d = (s: string) => unwrap(parseLocalDate(s));
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
// Seed 004: the press release's eight grants.
const pressReleaseGrants = [2_491_478, 893_984, 3_000_000, 524_994, 5_940_000, 300_000, 2_271_045, 10_000_000].map(
  (k) => kronor(k),
);

describe('headline totals', () => {
  it('sums the press release’s eight grants to 25 421 501 kr', () => {
    expect(sumOre(pressReleaseGrants)).toBe(kronor(25_421_501));
  });

  it('warns that 25 421 501 kr is 25,4 miljoner, not the headline’s "25,5 miljoner"', () => {
    const findings = checkHeadlineTotal('25,5 miljoner', pressReleaseGrants);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'headline.mismatch',
      severity: 'warning',
      details: { headlineOre: kronor(25_500_000), sumOre: kronor(25_421_501), roundedOre: kronor(25_400_000) },
    });
    expect(plain(findings[0]!.message.sv)).toBe(
      'Rubriken anger "25,5 miljoner" men raderna summerar till 25 421 501 kr, vilket avrundat blir 25 400 000 kr.',
    );
  });

  it.each(['25,4 miljoner', '25,4 miljoner kronor', '25 421 501 kr', '25 miljoner', '25,42 miljoner', '25 422 tkr'])(
    'accepts "%s" for the same lines',
    (headline) => {
      expect(checkHeadlineTotal(headline, pressReleaseGrants)).toEqual([]);
    },
  );

  it.each(['25,5 miljoner kronor', '25 421 500 kr', '26 miljoner', '25,43 miljoner', '25 421 tkr'])(
    'warns about "%s" for the same lines',
    (headline) => {
      expect(checkHeadlineTotal(headline, pressReleaseGrants).map((f) => f.code)).toEqual(['headline.mismatch']);
    },
  );

  it('rounds a sum exactly halfway up, by the one rule', () => {
    expect(checkHeadlineTotal('25,5 miljoner', [kronor(25_450_000)])).toEqual([]);
    expect(checkHeadlineTotal('25,4 miljoner', [kronor(25_449_999)])).toEqual([]);
  });

  it('accepts the headline it writes itself, for any sum', () => {
    for (const k of [25_421_501, 999_999, 1_050_000, 3_000_000, 123_456_789]) {
      expect(checkHeadlineTotal(formatMillions(kronor(k)), [kronor(k)])).toEqual([]);
    }
  });

  it('reports a headline it cannot read', () => {
    const findings = checkHeadlineTotal('många miljoner', pressReleaseGrants);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['headline.unreadable', 'warning']]);
  });
});

describe('totals and their parts', () => {
  it('accepts a total equal to its parts', () => {
    expect(checkSumOfParts(kronor(25_421_501), pressReleaseGrants)).toEqual([]);
    expect(checkSumOfParts(ore(0), [])).toEqual([]);
  });

  it('reports a total that differs, by how much', () => {
    const [f] = checkSumOfParts(kronor(25_500_000), pressReleaseGrants);
    expect(f).toMatchObject({ code: 'total.mismatch', severity: 'error', details: { differenceOre: kronor(78_499) } });
    expect(plain(f!.message.sv)).toBe(
      'Totalen 25 500 000 kr är inte summan av delarna, 25 421 501 kr (skillnad 78 499 kr).',
    );
  });

  it('catches a difference of one öre', () => {
    expect(checkSumOfParts(ore(101), [ore(50), ore(50)])).toHaveLength(1);
  });

  it('names what it totals', () => {
    const [f] = checkSumOfParts(kronor(1), [], { sv: 'Budgeten', en: 'The budget' });
    expect(f!.message.sv.startsWith('Budgeten 1')).toBe(true);
    expect(f!.message.en.startsWith('The budget 1')).toBe(true);
  });

  // Seed 001: DOVI's revised plan; the listed costs sum to 3 333 015 kr (some activities list none).
  const doviCosts = [150_000, 250_000, 824_015, null, 0, 0, 1_863_000, null, 0, null, 0, 0, 0, 96_000, 150_000];
  const doviActivities = doviCosts.map((c, i) => ({
    number: String(i + 1),
    start: null,
    end: null,
    cost: c === null ? null : kronor(c),
  }));

  it("sums DOVI's revised activity costs to 3 333 015 kr", () => {
    expect(checkActivityCosts(kronor(3_333_015), doviActivities)).toEqual([]);
  });

  it('reports an activity-plan total that is not the sum of its activities', () => {
    const [f] = checkActivityCosts(kronor(3_333_016), doviActivities);
    expect(f).toMatchObject({ code: 'activities.cost_mismatch', details: { differenceOre: kronor(1) } });
    expect(f!.message.en).toContain('The activity plan total');
  });
});

describe('checks on a decision', () => {
  const dvis = { maxShare: basisPoints(5000), approvedCosts: kronor(11_010_777) };

  it('keeps the DVIS rounding remainder of 0,50 kr a visible warning (half-up rounding), not an error', () => {
    const f = checkShareCapFinding({ ...dvis, amount: kronor(5_505_389) });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      code: 'share.rounding_remainder',
      severity: 'warning',
      details: { remainderOre: kronor(0.5), exactCapOre: kronor(5_505_388.5) },
    });
    expect(plain(f[0]!.message.sv)).toBe(
      'Beloppet 5 505 389 kr överstiger 50,00 % av 11 010 777 kr = 5 505 388,50 kr med avrundningen 0,50 kr; tillåtet enligt stödgivarens avrundning (hela kronor, avrundning uppåt), men över ”högst”-andelen.',
    );
  });

  it('refuses DVIS’s 5 505 389 kr under the rounding down (the default): the grant never exceeds 50 %', () => {
    const [f] = checkShareCapFinding({ ...dvis, amount: kronor(5_505_389), rounding: 'down' });
    expect(f).toMatchObject({
      code: 'share.cap_exceeded',
      severity: 'error',
      details: { capOre: kronor(5_505_388), excessOre: kronor(0.5) },
    });
    expect(checkShareCapFinding({ ...dvis, amount: kronor(5_505_388), rounding: 'down' })).toEqual([]);
    const findings = checkDecisionConsistency({ ...dvis, amount: kronor(5_505_389), shareCapRounding: 'down' });
    expect(findings.map((x) => x.code)).toEqual(['share.cap_exceeded']);
  });

  it('says nothing of an amount within the share and errs on one above it', () => {
    expect(checkShareCapFinding({ ...dvis, amount: kronor(5_000_000) })).toEqual([]);
    const [f] = checkShareCapFinding({ ...dvis, amount: kronor(5_505_390) });
    expect(f).toMatchObject({ code: 'share.cap_exceeded', severity: 'error', details: { excessOre: kronor(1) } });
  });

  it('turns activities outside the period into error findings', () => {
    const findings = checkActivitiesFinding({ start: d('2024-02-01'), end: d('2027-01-31') }, [
      { number: '1', start: d('2024-01-01'), end: d('2024-12-31') },
      { number: '2', start: d('2024-02-01'), end: d('2027-01-31') },
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.details.number])).toEqual([
      ['activity.outside_period', 'error', '1'],
    ]);
  });

  it('finds nothing wrong in DVIS apart from the reported remainder and the chair’s two spellings', () => {
    const findings = checkDecisionConsistency({
      ...dvis,
      amount: kronor(5_505_389),
      period: { start: d('2024-02-01'), end: d('2027-01-31') },
      names: ['Richard Carstedt (S)', 'Rickard Carstedt (S),'],
    });
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['share.rounding_remainder', 'warning'],
      ['name.spelling', 'warning'],
    ]);
  });

  it('runs every applicable check at once, errors first', () => {
    const findings = checkDecisionConsistency({
      amount: kronor(6_000_000),
      maxShare: basisPoints(6000),
      approvedCosts: kronor(10_000_000),
      period: { start: d('2024-02-01'), end: d('2027-01-31') },
      activities: [{ number: '1', start: d('2024-01-01'), end: d('2024-12-31'), cost: ore(100) }],
      activitiesTotal: ore(200),
      names: ['Richard Carstedt', 'Rickard Carstedt'],
    });
    expect(findings.map((f) => f.code)).toEqual([
      'activity.outside_period',
      'activities.cost_mismatch',
      'share.single_grantor_limit',
      'name.spelling',
    ]);
  });

  it('reports an inverted period instead of checking activities against it', () => {
    const findings = checkDecisionConsistency({
      period: { start: d('2026-08-31'), end: d('2023-03-01') },
      activities: [{ number: '1', start: d('2024-01-01'), end: d('2024-12-31') }],
    });
    expect(findings.map((f) => f.code)).toEqual(['period.inverted']);
  });

  it('skips the checks whose inputs are unknown', () => {
    expect(checkDecisionConsistency({})).toEqual([]);
    expect(checkDecisionConsistency({ amount: kronor(1), maxShare: null, approvedCosts: kronor(1) })).toEqual([]);
  });
});
