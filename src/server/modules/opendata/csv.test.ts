import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../tests/support/three-sixty-giving.js';
import { toCsv } from './csv.js';

describe('CSV for open data', () => {
  it('writes a header row and CRLF line ends, numbers as they are and missing values empty', () => {
    expect(toCsv(['a', 'b', 'c'], [[1, null, 'x']])).toBe('a,b,c\r\n1,,x\r\n');
  });

  it('quotes commas, quotes and line breaks, and reads back to the same values', () => {
    const values = ['Umeå; Skellefteå', 'Region Västerbotten, RUN', 'ett "citat"', 'två\nrader'];
    const csv = toCsv(['v1', 'v2', 'v3', 'v4'], [values]);
    expect(csv).toContain('"Region Västerbotten, RUN"');
    expect(csv).toContain('"ett ""citat"""');
    expect(parseCsv(csv)).toEqual([['v1', 'v2', 'v3', 'v4'], values]);
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers or dates', () => {
    const [, row] = parseCsv(toCsv(['x', 'y', 'z', 'w'], [['=HYPERLINK("http://x")', '+1+1', '-12', -5]]));
    expect(row).toEqual(['\'=HYPERLINK("http://x")', "'+1+1", '-12', '-5']);
    expect(toCsv(['d'], [['2026-08-31']])).toBe('d\r\n2026-08-31\r\n');
  });
});
