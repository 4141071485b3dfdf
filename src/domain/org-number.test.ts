import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidOrgNumber,
  luhnCheckDigit,
  organizationType,
  parseOrgNumber,
  sameOrgNumber,
  unwrap,
  type OrgNumber,
} from './index.js';

/** The textbook Luhn test, written independently: from the right, double every second digit; sum ≡ 0 (mod 10). */
function luhnValid(tenDigits: string): boolean {
  const sum = [...tenDigits].reverse().reduce((s, c, i) => {
    const v = Number(c) * (i % 2 === 1 ? 2 : 1);
    return s + Math.floor(v / 10) + (v % 10);
  }, 0);
  return sum % 10 === 0;
}

const known = [
  ['232100-0222', 'Region Västerbotten (seed 001)'],
  ['202100-2874', 'Umeå universitet'],
  ['202100-5026', 'Tillväxtverket'],
  ['556016-0680', 'a limited company'],
] as const;

describe('organisation numbers', () => {
  it.each(known)('%s (%s) passes the textbook Luhn test and is accepted', (n) => {
    expect(luhnValid(n.replace('-', ''))).toBe(true);
    expect(unwrap(parseOrgNumber(n))).toBe(n);
  });

  it.each([
    ['2321000222', '232100-0222'],
    ['16232100-0222', '232100-0222'],
    ['162321000222', '232100-0222'],
    [' 232100-0222 ', '232100-0222'],
    ['\t202100-2874\n', '202100-2874'],
  ])('accepts %j and writes it as %s', (input, normalised) => {
    expect(unwrap(parseOrgNumber(input))).toBe(normalised);
    expect(isValidOrgNumber(input)).toBe(true);
  });

  it.each([
    ['232100-0223', 2, 3],
    ['556016-0681', 0, 1],
    ['202100-2875', 4, 5],
    ['16232100-0220', 2, 0],
  ])('refuses %s and says the check digit should be %s, not %s', (input, expected, actual) => {
    expect(luhnValid(input.replace('-', '').slice(-10))).toBe(false);
    const r = parseOrgNumber(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('org_number.checksum');
      expect(r.error.details).toMatchObject({ expected, actual });
      expect(r.error.message.sv).toContain(`${actual}, men den ska vara ${expected}`);
      expect(r.error.message.en).toContain(`should be ${expected}`);
    }
  });

  it.each([
    '23210-00222',
    '232100-022',
    '232100-02222',
    'abcdef-ghij',
    '',
    '19232100-0222',
    '232100--0222',
    '232100 0222',
    '2321-000222',
  ])('refuses the form of %j before looking at the check digit', (input) => {
    const r = parseOrgNumber(input);
    expect(r.ok ? null : r.error.code).toBe('org_number.format');
    expect(isValidOrgNumber(input)).toBe(false);
  });

  it.each([
    ['232100022', 2],
    ['202100287', 4],
    ['556016068', 0],
    ['000000000', 0],
    ['100000000', 8],
  ])('computes the check digit of %s as %s', (nine, digit) => {
    expect(luhnCheckDigit(nine)).toBe(digit);
  });

  it.each(['12345678', '1234567890', '12345678a'])('refuses to compute a check digit for %j', (input) => {
    expect(() => luhnCheckDigit(input)).toThrow(RangeError);
  });

  it('accepts exactly one last digit for any nine, the one the textbook Luhn test accepts', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (nine) => {
        const valid = [...Array(10).keys()].filter(
          (c) => parseOrgNumber(`${nine.slice(0, 6)}-${nine.slice(6)}${c}`).ok,
        );
        expect(valid).toEqual([luhnCheckDigit(nine)]);
        expect(luhnValid(`${nine}${valid[0]}`)).toBe(true);
      }),
    );
  });

  it.each([
    ['232100-0222', 'public_sector'],
    ['202100-2874', 'public_sector'],
    ['556016-0680', 'limited_company'],
    ['769600-0000', 'economic_association'],
    ['802000-0000', 'non_profit'],
    ['969600-0000', 'partnership'],
    ['616000-0000', 'partnership'],
    ['102000-0000', 'other'],
    ['302000-0000', 'other'],
  ])('reads the organisation type of %s as %s', (n, type) => {
    expect(organizationType(n as OrgNumber)).toBe(type);
  });

  it('compares numbers as numbers: with or without hyphen, in the twelve-digit form, with spaces around', () => {
    for (const form of ['2021002874', '202100-2874', '16202100-2874', '162021002874', ' 202100-2874 '])
      expect(sameOrgNumber(form, '202100-2874')).toBe(true);
    expect(sameOrgNumber('202100-2841', '202100-2874')).toBe(false);
    // Text that is no organisation number matches nothing, not even itself.
    expect(sameOrgNumber('202100-2875', '202100-2875')).toBe(false);
    expect(sameOrgNumber('', '')).toBe(false);
  });
});
