import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legalFormGroup, luhnCheckDigit, parseOrgNumber, unwrap } from './index.js';

describe('organisation numbers', () => {
  it.each([
    ['232100-0222', '232100-0222'], // Region Västerbotten
    ['2321000222', '232100-0222'],
    ['16232100-0222', '232100-0222'],
    ['162321000222', '232100-0222'],
    [' 202100-2874 ', '202100-2874'], // Umeå universitet
    ['202100-5026', '202100-5026'], // Tillväxtverket
  ])('accepts %s as %s', (input, normalised) => {
    expect(unwrap(parseOrgNumber(input))).toBe(normalised);
  });

  it('names the expected check digit when it is wrong', () => {
    const r = parseOrgNumber('232100-0223');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('org_number.checksum');
      expect(r.error.details).toMatchObject({ expected: 2, actual: 3 });
      expect(r.error.message.sv).toContain('väntad 2');
    }
  });

  it.each(['23210-00222', '232100-022', 'abcdef-ghij', '', '19232100-0222', '232100--0222'])(
    'refuses the form of %s',
    (input) => {
      const r = parseOrgNumber(input);
      expect(r.ok ? null : r.error.code).toBe('org_number.format');
    },
  );

  it('computes the Luhn digit so that exactly one last digit is valid', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (nine) => {
        const valid = [...Array(10).keys()].filter(
          (c) => parseOrgNumber(`${nine.slice(0, 6)}-${nine.slice(6)}${c}`).ok,
        );
        expect(valid).toEqual([luhnCheckDigit(nine)]);
      }),
    );
  });

  it.each([
    ['232100-0222', 'public_sector'],
    ['202100-2874', 'public_sector'],
    ['556016-0680', 'limited_company'],
    ['802000-0000', 'non_profit'],
    ['969600-0000', 'partnership'],
  ])('reads the legal-form group of %s as %s', (n, group) => {
    expect(legalFormGroup(n as never)).toBe(group);
  });
});
