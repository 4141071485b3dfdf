import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyToCallIssue,
  attachmentKey,
  callPhase,
  callSettingsIssues,
  eligibleTypesText,
  isEligible,
  type CallTimes,
} from './calls.js';

const call = (over: Partial<CallTimes & { eligibleOrganizationTypes: string[] }> = {}) => ({
  status: 'published' as const,
  opensAt: new Date('2027-02-01T07:00:00Z'),
  closesAt: new Date('2027-03-31T21:59:00Z'),
  eligibleOrganizationTypes: [] as string[],
  ...over,
});

describe('where a call is in its life', () => {
  it.each([
    ['2027-01-31T23:59:59Z', 'upcoming'],
    ['2027-02-01T07:00:00Z', 'open'],
    ['2027-03-31T21:58:59Z', 'open'],
    ['2027-03-31T21:59:00Z', 'closed'],
    ['2028-01-01T00:00:00Z', 'closed'],
  ])('at %s a published call is %s', (now, phase) => {
    expect(callPhase(call(), new Date(now))).toBe(phase);
  });

  it('a draft is a draft whatever the time', () => {
    expect(callPhase(call({ status: 'draft' }), new Date('2027-03-01T00:00:00Z'))).toBe('draft');
  });

  it('open exactly from the open time to just before the close time', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e10 }), (delta) => {
        const c = call();
        const now = new Date(c.opensAt.getTime() + delta);
        const open = now >= c.opensAt && now < c.closesAt;
        return (callPhase(c, now) === 'open') === open;
      }),
    );
  });
});

describe('who may apply', () => {
  it('an empty list lets every kind of organisation apply', () => {
    expect(isEligible([], 'company')).toBe(true);
    expect(isEligible(['municipality', 'region'], 'region')).toBe(true);
    expect(isEligible(['municipality', 'region'], 'university')).toBe(false);
  });

  it('names the kinds in words', () => {
    expect(eligibleTypesText(['municipality', 'region', 'university'], 'sv')).toBe(
      'kommun, region eller universitet eller högskola',
    );
    expect(eligibleTypesText(['municipality'], 'en')).toBe('municipality');
  });
});

describe('starting an application to a call', () => {
  const now = new Date('2027-03-01T10:00:00Z');

  it('is possible in an open call the organisation may apply to', () => {
    expect(applyToCallIssue(call(), 'university', now)).toBeNull();
  });

  it('says the same about a draft and a call that does not exist', () => {
    const draft = applyToCallIssue(call({ status: 'draft' }), 'university', now);
    const missing = applyToCallIssue(null, 'university', now);
    expect(draft).toEqual(missing);
    expect(draft?.code).toBe('call.not_published');
  });

  it('names the open time of a call that has not opened, in Swedish time', () => {
    const i = applyToCallIssue(call(), 'university', new Date('2027-01-01T00:00:00Z'));
    expect(i?.code).toBe('call.not_open_yet');
    expect(i?.message.sv).toContain('2027-02-01 kl. 08.00 svensk tid');
  });

  it('names the close time of a call that has closed', () => {
    const i = applyToCallIssue(call(), 'university', new Date('2027-04-01T00:00:00Z'));
    expect(i?.code).toBe('call.closed');
    expect(i?.message.sv).toContain('Utlysningen stängde 2027-03-31 kl. 23.59 svensk tid');
    expect(i?.message.en).toContain('The call closed on 2027-03-31 at 23:59 Swedish time');
  });

  it("says who may apply when the organisation's type may not", () => {
    const i = applyToCallIssue(call({ eligibleOrganizationTypes: ['municipality'] }), 'company', now);
    expect(i).toMatchObject({ path: 'callId', code: 'call.not_eligible' });
    expect(i?.message.sv).toContain('registrerad som företag');
    expect(i?.message.sv).toContain('öppen för kommun');
  });
});

describe("a call's settings", () => {
  const ok = {
    opensAt: new Date('2027-02-01T07:00:00Z'),
    closesAt: new Date('2027-03-31T21:59:00Z'),
    budgetOre: 10_000_000_00,
    requiredAttachments: [{ title: 'Budgetunderlag' }, { title: 'Intyg om medfinansiering' }],
  };

  it('are consistent when the call closes after it opens with a budget of zero or more', () => {
    expect(callSettingsIssues(ok)).toEqual([]);
    expect(callSettingsIssues({ ...ok, budgetOre: 0 })).toEqual([]);
    expect(callSettingsIssues({ ...ok, budgetOre: null })).toEqual([]);
  });

  it('refuse a close time at or before the open time, linked to the close time', () => {
    expect(callSettingsIssues({ ...ok, closesAt: ok.opensAt }).map((i) => [i.path, i.code])).toEqual([
      ['closesAt', 'call.closes_before_opening'],
    ]);
  });

  it('refuse a negative budget', () => {
    expect(callSettingsIssues({ ...ok, budgetOre: -1 }).map((i) => i.path)).toEqual(['budgetOre']);
  });

  it('refuse two attachments of the same title or key, and one without a title', () => {
    const issues = callSettingsIssues({
      ...ok,
      requiredAttachments: [
        { title: 'Budgetunderlag', key: 'a' },
        { title: 'budgetunderlag ', key: 'b' },
        { title: ' ', key: 'c' },
        { title: 'Intyg', key: 'a' },
      ],
    });
    expect(issues.map((i) => i.path)).toEqual([
      'requiredAttachments.1.title',
      'requiredAttachments.2.title',
      'requiredAttachments.3.key',
    ]);
  });
});

describe('keys of required attachments', () => {
  it('are made from the title, Swedish letters included, and differ from those taken', () => {
    expect(attachmentKey('Intyg om medfinansiering', new Set())).toBe('intyg-om-medfinansiering');
    expect(attachmentKey('Årsredovisning för 2026', new Set())).toBe('arsredovisning-for-2026');
    expect(attachmentKey('Budget', new Set(['budget', 'budget-2']))).toBe('budget-3');
    expect(attachmentKey('!!!', new Set())).toBe('bilaga');
  });

  it('never collide with a taken key', () => {
    fc.assert(
      fc.property(fc.string(), fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 })), (title, taken) => {
        const set = new Set(taken);
        return !set.has(attachmentKey(title, set));
      }),
    );
  });
});
