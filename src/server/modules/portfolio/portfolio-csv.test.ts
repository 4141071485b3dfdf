import { describe, expect, it } from 'vitest';
import { csvField, kronorCell, toCsv } from './portfolio-csv.js';

describe('CSV for Excel with Swedish settings', () => {
  it('writes öre as kronor with two decimals after a decimal comma', () => {
    expect(kronorCell(550_538_900)).toBe('5505389,00');
    expect(kronorCell(176_429_155)).toBe('1764291,55');
    expect(kronorCell(5)).toBe('0,05');
    expect(kronorCell(-150)).toBe('-1,50');
    expect(() => kronorCell(1.5)).toThrow(RangeError);
  });

  it('quotes fields with separators or quotes, and defuses formulas but not negative amounts', () => {
    expect(csvField('UO 19; anslag "1:1"')).toBe('"UO 19; anslag ""1:1"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1,50')).toBe('-1,50');
    expect(csvField(null)).toBe('');
  });

  it('starts with a byte order mark and ends records with CRLF', () => {
    expect(toCsv(['Län', 'Belopp (kr)'], [['Västerbottens län', '1,00']])).toBe(
      '\uFEFFLän;Belopp (kr)\r\nVästerbottens län;1,00\r\n',
    );
  });
});
