import { describe, expect, it } from 'vitest';
import { checkCommitment, committedOf, kronor, ore, releaseOnClosure } from './index.js';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const base = { appropriation: '1:1', year: 2023, yearBudget: kronor(60_000_000), committed: kronor(30_926_890) };

describe('commitments against an appropriation year budget', () => {
  it.each([
    [29_073_110, 0],
    [1_000_000, 28_073_110],
    [0, 29_073_110],
  ])('accepts a grant of %s kr that fits and leaves %s kr', (amount, remaining) => {
    expect(checkCommitment({ ...base, amount: kronor(amount) })).toEqual({
      ok: true,
      value: { remainingAfter: kronor(remaining), overdrawnBy: 0, overridden: false },
    });
  });

  it('blocks a grant that would overdraw, saying by how much and of what', () => {
    const r = checkCommitment({ ...base, amount: kronor(30_000_000) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('commitment.overdrawn');
      expect(r.error.details).toMatchObject({ excessOre: kronor(926_890), appropriation: '1:1', year: 2023 });
      expect(plain(r.error.message.sv)).toBe(
        'Anslaget (1:1, 2023) överskrids med 926 890 kr: årsbudget 60 000 000 kr, redan beviljat 30 926 890 kr, nytt beslut 30 000 000 kr.',
      );
      expect(plain(r.error.message.en)).toContain('overdrawn by 926 890 kr');
    }
  });

  it('blocks by one öre', () => {
    const r = checkCommitment({ ...base, amount: kronor(29_073_110.01) });
    expect(r.ok ? null : r.error.details).toMatchObject({ excessOre: 1 });
  });

  it('reads well without an appropriation label', () => {
    const r = checkCommitment({ yearBudget: kronor(100), committed: kronor(100), amount: kronor(1) });
    expect(r.ok ? null : plain(r.error.message.sv)).toBe(
      'Anslaget överskrids med 1 kr: årsbudget 100 kr, redan beviljat 100 kr, nytt beslut 1 kr.',
    );
  });

  it('lets an explicit override with a reason through, and tells how far it overdraws', () => {
    const r = checkCommitment({
      ...base,
      amount: kronor(30_000_000),
      override: { reason: 'Nämnden beslutade om tilläggsbudget 2023-06-14' },
    });
    expect(r).toEqual({
      ok: true,
      value: { remainingAfter: kronor(-926_890), overdrawnBy: kronor(926_890), overridden: true },
    });
  });

  it.each(['', '   ', '\n'])('refuses an override whose reason is %j', (reason) => {
    const r = checkCommitment({ ...base, amount: kronor(30_000_000), override: { reason } });
    expect(r.ok ? null : r.error.code).toBe('commitment.override_needs_reason');
  });

  it('does not mark a grant that fits as overridden, even when an override was offered', () => {
    const r = checkCommitment({ ...base, amount: kronor(1), override: { reason: 'för säkerhets skull' } });
    expect(r.ok && r.value.overridden).toBe(false);
  });
});

describe('releasing commitments at closure', () => {
  it.each([
    [2_491_478, 2_000_000, 491_478],
    [2_491_478, 2_491_478, 0],
    [100, 200, 0], // overpaid: nothing to release; recovery is another decision
    [0, 0, 0],
  ])('a grant of %s kr with %s kr paid returns %s kr', (granted, paid, released) => {
    expect(releaseOnClosure({ granted: kronor(granted), paid: kronor(paid) })).toBe(kronor(released));
  });
});

describe('committedOf', () => {
  it('counts open grants at their amount in force', () => {
    expect(committedOf([{ inForce: ore(100_000_00) }, { inForce: ore(50_000_00) }])).toBe(150_000_00);
  });

  it('counts a closed project at what was paid: the unused part returns to the appropriation', () => {
    expect(committedOf([{ inForce: ore(100_000_00), paidAtClosure: ore(60_000_00) }])).toBe(60_000_00);
  });

  it('never counts a closed project above its amount in force', () => {
    expect(committedOf([{ inForce: ore(100_000_00), paidAtClosure: ore(120_000_00) }])).toBe(100_000_00);
  });

  it('is zero for no grants', () => {
    expect(committedOf([])).toBe(0);
  });
});
