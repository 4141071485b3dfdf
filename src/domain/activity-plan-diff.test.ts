import { describe, expect, it } from 'vitest';
import {
  compareActivityNumbers,
  diffActivityPlans,
  normaliseActivityNumber,
  samePlan,
  type PlanActivity,
} from './activity-plan-diff.js';
import type { LocalDate } from './calendar.js';
import { kronor, ore } from './money.js';

const d = (s: string) => s as LocalDate;
const act = (number: string, over: Partial<PlanActivity> = {}): PlanActivity => ({
  number,
  title: `Aktivitet ${number}`,
  description: null,
  start: d('2023-03-01'),
  end: d('2026-02-28'),
  cost: kronor(100_000),
  ...over,
});

/** Seed 001's plan (DOVI): the original ends 2026-02-28; the revision moves those ends to 2026-08-31. */
const doviRevised: PlanActivity[] = [
  act('1', { title: 'Uppstart', end: d('2026-08-31'), cost: kronor(150_000) }),
  act('2', { title: 'Jämställdhets- och jämlikhetsintegrering', end: d('2026-08-31'), cost: kronor(250_000) }),
  act('3', { title: 'Extern kommunikation och resultatspridning', end: d('2026-08-31'), cost: kronor(824_015) }),
  act('4', { title: 'Digitala strategier', start: d('2023-05-01'), end: d('2026-08-31'), cost: null }),
  act('4.1', { title: 'Kunskapshöjning', start: d('2023-05-01'), end: d('2025-12-31'), cost: ore(0) }),
  act('4.2', { title: 'Strategiarbete', start: d('2023-08-31'), end: d('2025-12-31'), cost: ore(0) }),
  act('5', {
    title: 'Innovativ digitalisering',
    start: d('2023-05-01'),
    end: d('2026-08-31'),
    cost: kronor(1_863_000),
  }),
  act('7', { title: 'Utvärdering och lärande', start: d('2023-05-01'), end: d('2026-08-31'), cost: kronor(96_000) }),
  act('8', { title: 'Avslutsarbete', start: d('2026-01-01'), end: d('2026-08-31'), cost: kronor(150_000) }),
];
const doviOriginal = doviRevised.map((a) =>
  a.end === '2026-08-31' ? { ...a, end: d('2026-02-28'), start: a.number === '8' ? d('2025-07-01') : a.start } : a,
);

describe('the DOVI revision (seed 001)', () => {
  const diff = diffActivityPlans(doviOriginal, doviRevised);

  it('marks every activity whose end moved to 2026-08-31 as changed in its end date only', () => {
    const changed = diff.rows.filter((r) => r.status === 'changed');
    expect(changed.map((r) => r.number)).toEqual(['1', '2', '3', '4', '5', '7', '8']);
    for (const r of changed.filter((x) => x.number !== '8')) {
      expect(r.changed).toEqual(['end']);
      expect(r.before!.end).toBe('2026-02-28');
      expect(r.after!.end).toBe('2026-08-31');
    }
  });

  it('sees that activity 8 moved both its start and its end', () => {
    const eight = diff.rows.find((r) => r.number === '8')!;
    expect(eight.changed).toEqual(['start', 'end']);
    expect([eight.before!.start, eight.after!.start]).toEqual(['2025-07-01', '2026-01-01']);
  });

  it('leaves the sub-activities that end 2025-12-31 unchanged', () => {
    expect(diff.rows.filter((r) => r.status === 'unchanged').map((r) => r.number)).toEqual(['4.1', '4.2']);
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 7, unchanged: 2 });
  });

  it('keeps the costs, so the totals are equal and the difference is zero', () => {
    expect(diff.totals).toEqual({ before: kronor(3_333_015), after: kronor(3_333_015), difference: ore(0) });
  });
});

describe('matching by number', () => {
  it('reports an activity only in the newer plan as added, with every field it states', () => {
    const diff = diffActivityPlans([act('1')], [act('1'), act('2', { description: 'Ny' })]);
    expect(diff.rows[1]).toMatchObject({ number: '2', status: 'added', before: null });
    expect(diff.rows[1]!.changed).toEqual(['title', 'description', 'start', 'end', 'cost']);
  });

  it('reports an activity only in the older plan as removed', () => {
    const diff = diffActivityPlans([act('1'), act('6.3', { cost: null })], [act('1')]);
    expect(diff.rows[1]).toMatchObject({ number: '6.3', status: 'removed', after: null });
    expect(diff.rows[1]!.changed).toEqual(['title', 'start', 'end']);
    expect(diff.totals.difference).toBe(ore(0));
  });

  it('treats a renamed activity with the same number as changed, not as removed and added', () => {
    const diff = diffActivityPlans([act('2', { title: 'Samverkan' })], [act('2', { title: 'Samverkan i länet' })]);
    expect(diff.rows).toHaveLength(1);
    expect(diff.rows[0]).toMatchObject({ status: 'changed', changed: ['title'] });
  });

  it('compares each field: description, start, end and cost', () => {
    const before = act('3', { description: 'A' });
    const cases: [Partial<PlanActivity>, string][] = [
      [{ description: 'B' }, 'description'],
      [{ start: d('2023-04-01') }, 'start'],
      [{ end: d('2026-08-31') }, 'end'],
      [{ cost: kronor(100_001) }, 'cost'],
    ];
    for (const [change, field] of cases) {
      expect(diffActivityPlans([before], [{ ...before, ...change }]).rows[0]!.changed).toEqual([field]);
    }
  });

  it('tells a blank cost from a stated 0, and a missing date from a stated one', () => {
    expect(diffActivityPlans([act('5', { cost: null })], [act('5', { cost: ore(0) })]).rows[0]!.changed).toEqual([
      'cost',
    ]);
    expect(diffActivityPlans([act('5', { end: null })], [act('5')]).rows[0]!.changed).toEqual(['end']);
  });

  it('does not count line breaks or extra spaces in a text as a change', () => {
    const diff = diffActivityPlans(
      [act('1', { title: 'Uppstart ', description: 'Projektledning.\nUpphandling av konsulter.' })],
      [act('1', { title: 'Uppstart', description: 'Projektledning.  Upphandling av konsulter.' })],
    );
    expect(diff.rows[0]!.status).toBe('unchanged');
  });

  it('treats an empty description as no description', () => {
    expect(diffActivityPlans([act('1', { description: '' })], [act('1', { description: null })]).rows[0]!.status).toBe(
      'unchanged',
    );
  });

  it('matches "4.1." and " 4.1" with "4.1" and shows the newer plan\'s spelling', () => {
    const diff = diffActivityPlans([act('4.1.', { title: 'K' })], [act(' 4.1', { title: 'K' })]);
    expect(diff.rows).toHaveLength(1);
    expect(diff.rows[0]).toMatchObject({ number: '4.1', status: 'unchanged' });
  });

  it('pairs a number that occurs twice in one plan by occurrence, losing nothing', () => {
    const diff = diffActivityPlans([act('2', { title: 'A' }), act('2', { title: 'B' })], [act('2', { title: 'A' })]);
    expect(diff.rows.map((r) => [r.number, r.status])).toEqual([
      ['2', 'unchanged'],
      ['2', 'removed'],
    ]);
  });

  it('gives an empty diff for two empty plans, and all added from an empty one', () => {
    expect(diffActivityPlans([], [])).toEqual({
      rows: [],
      counts: { added: 0, removed: 0, changed: 0, unchanged: 0 },
      totals: { before: ore(0), after: ore(0), difference: ore(0) },
    });
    expect(diffActivityPlans([], doviRevised).counts.added).toBe(doviRevised.length);
    expect(diffActivityPlans(doviRevised, []).counts.removed).toBe(doviRevised.length);
  });

  it('sums the cost difference, a raised cost positive and a removed one negative', () => {
    const diff = diffActivityPlans(
      [act('1', { cost: kronor(150_000) }), act('2', { cost: kronor(50_000) })],
      [act('1', { cost: kronor(200_000) })],
    );
    expect(diff.totals).toEqual({ before: kronor(200_000), after: kronor(200_000), difference: ore(0) });
    const raised = diffActivityPlans([act('1', { cost: kronor(150_000) })], [act('1', { cost: kronor(175_500) })]);
    expect(raised.totals.difference).toBe(kronor(25_500));
  });

  it('does not depend on the order the activities come in', () => {
    const shuffled = [...doviRevised].reverse();
    expect(diffActivityPlans(doviOriginal, shuffled).rows).toEqual(diffActivityPlans(doviOriginal, doviRevised).rows);
  });

  it('knows when two plans say the same', () => {
    expect(samePlan(doviRevised, [...doviRevised].reverse())).toBe(true);
    expect(samePlan(doviOriginal, doviRevised)).toBe(false);
  });
});

describe('activity numbers', () => {
  it('normalises space, a trailing full stop and leading zeros', () => {
    expect(normaliseActivityNumber(' 4.1. ')).toBe('4.1');
    expect(normaliseActivityNumber('04.01')).toBe('4.1');
    expect(normaliseActivityNumber('4 .1')).toBe('4.1');
    expect(normaliseActivityNumber('A.2')).toBe('A.2');
  });

  it('orders numbers part by part, numerically, parents before their sub-activities', () => {
    const order = ['10', '2', '4.2', '4', '4.10', '4.1', '1', 'B', '4.1.1', 'A'];
    expect([...order].sort(compareActivityNumbers)).toEqual([
      '1',
      '2',
      '4',
      '4.1',
      '4.1.1',
      '4.2',
      '4.10',
      '10',
      'A',
      'B',
    ]);
  });

  it('is an order: antisymmetric and equal for the same number however written', () => {
    expect(compareActivityNumbers('4.1', '4.1.')).toBe(0);
    for (const [a, b] of [
      ['1', '2'],
      ['4', '4.1'],
      ['9', '10'],
      ['3', 'A'],
    ] as const) {
      expect(Math.sign(compareActivityNumbers(a, b))).toBe(-1);
      expect(Math.sign(compareActivityNumbers(b, a))).toBe(1);
    }
  });
});
