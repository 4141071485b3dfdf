import { describe, expect, it } from 'vitest';
import {
  displayDetail,
  domainError,
  ERROR_CODES,
  ERROR_MESSAGES,
  FINDING_MESSAGES,
  finding,
  findingFromError,
  interpolate,
  kronor,
} from './index.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the error catalogue', () => {
  it.each(Object.entries({ ...ERROR_MESSAGES, ...FINDING_MESSAGES }))(
    '%s says the same thing in Swedish and English: the same details, both non-empty',
    (_code, m) => {
      expect(placeholders(m.sv)).toEqual(placeholders(m.en));
      expect(m.sv.trim().length).toBeGreaterThan(10);
      expect(m.en.trim().length).toBeGreaterThan(10);
    },
  );

  it('has stable dotted codes', () => {
    for (const code of ERROR_CODES) expect(code).toMatch(/^[a-z_]+\.[a-z_]+$/);
    expect(ERROR_CODES).toContain('share.cap_exceeded');
    expect(ERROR_CODES).toContain('workflow.transition_not_allowed');
  });
});

describe('building an error', () => {
  it('fills the message from the details, amounts as kronor and shares as percent', () => {
    const e = domainError('share.cap_exceeded', {
      amountOre: kronor(6_000_000),
      maxShareBp: 5000,
      approvedCostsOre: kronor(11_010_777),
      capOre: kronor(5_505_389),
      excessOre: kronor(494_611),
    });
    expect(e.code).toBe('share.cap_exceeded');
    expect(e.details).toMatchObject({ excessOre: 49_461_100, maxShareBp: 5000 });
    expect(e.message.en.replace(/\u00a0/g, ' ')).toBe(
      'The amount 6 000 000 kr exceeds 50,00 % of approved costs 11 010 777 kr (rounded 5 505 389 kr) by 494 611 kr.',
    );
  });

  it('leaves a placeholder it has no detail for, so the gap shows', () => {
    expect(domainError('date.invalid').message.sv).toContain('{input}');
  });

  it.each([
    ['excessOre', 50, 'sv', '0,50\u00a0kr'],
    ['maxShareBp', 1250, 'sv', '12,50\u00a0%'],
    ['dates', ['2026-01-01', '2026-02-01'], 'sv', '2026-01-01, 2026-02-01'],
    ['label', { sv: 'Totalen', en: 'The total' }, 'en', 'The total'],
    ['label', { sv: 'Totalen', en: 'The total' }, 'sv', 'Totalen'],
    ['count', 3, 'sv', '3'],
    ['input', 'abc', 'en', 'abc'],
  ] as const)('shows the detail %s = %j in %s as "%s"', (key, value, lang, text) => {
    expect(displayDetail(key, value, lang)).toBe(text);
  });

  it('interpolates only whole placeholders', () => {
    expect(interpolate('{a} och {b} men inte {c', { a: 1, b: 'två' })).toBe('1 och två men inte {c');
  });
});

describe('findings', () => {
  it('builds a finding with messages in both languages', () => {
    const f = finding('headline.unreadable', 'warning', { headline: 'x' });
    expect(f).toEqual({
      code: 'headline.unreadable',
      severity: 'warning',
      message: { sv: 'Rubrikbeloppet "x" kunde inte tolkas.', en: 'The headline amount "x" could not be read.' },
      details: { headline: 'x' },
    });
  });

  it('turns a rule error into a finding with the same code and message', () => {
    const e = domainError('period.inverted', { start: '2026-08-31', end: '2023-03-01' });
    expect(findingFromError(e)).toEqual({ code: e.code, severity: 'error', message: e.message, details: e.details });
    expect(findingFromError(e, 'warning').severity).toBe('warning');
  });
});
