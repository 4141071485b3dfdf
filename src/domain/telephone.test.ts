import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isTelephoneNumber, normaliseTelephoneNumber } from './telephone.js';

describe('telephone numbers printed on letters', () => {
  it.each([
    '090-785 00 00',
    '070-000 00 03',
    '+46 90 785 00 00',
    '+46907850000',
    '(090) 12 34 56',
    '08-123 456 78',
    '  090-16 00 00  ',
    '11414',
  ])('accepts %s', (n) => expect(isTelephoneNumber(n)).toBe(true));

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['1234', 'four digits: too short to dial'],
    ['1234567890123456', 'sixteen digits: longer than any number (E.164 allows 15)'],
    ['tel 090-12 34 56', 'letters'],
    ['090--12 34 56', 'two separators in a row'],
    ['090 - 12 34 56', 'separators with spaces round them'],
    ['46+ 90 12 34 56', 'a + anywhere but first'],
    ['090-12 34 56-', 'a trailing separator'],
    [')090( 12 34 56', 'parentheses the wrong way round'],
    ['(090 12 34 56', 'an unclosed parenthesis'],
    ['() 090 12 34 56', 'empty parentheses'],
    ['(090) (12) 34 56', 'two pairs of parentheses'],
    ['090\u000012 34 56', 'a control character'],
  ])('refuses %j (%s)', (n) => expect(isTelephoneNumber(n)).toBe(false));

  it('accepts any 5–15 digits, grouped by single spaces or hyphens', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[0-9]{1,4}$/), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(' ', '-'), { minLength: 6, maxLength: 6 }),
        fc.boolean(),
        (groups, seps, plus) => {
          const written = (plus ? '+' : '') + groups.map((g, i) => (i === 0 ? g : seps[i]! + g)).join('');
          const digits = groups.join('').length;
          expect(isTelephoneNumber(written)).toBe(digits >= 5 && digits <= 15);
        },
      ),
    );
  });

  it('is printed trimmed with single spaces; blank is no number', () => {
    expect(normaliseTelephoneNumber('  090-785  00 00 ')).toBe('090-785 00 00');
    expect(normaliseTelephoneNumber('   ')).toBeNull();
    expect(normaliseTelephoneNumber(null)).toBeNull();
  });
});
