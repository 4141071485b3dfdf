import { describe, expect, it } from 'vitest';
import { formatDiaryNumber } from './index.js';

describe('diary numbers in each funder’s format', () => {
  it.each([
    ['RUN {year}/{seq}', 2023, 145, 'RUN 2023/145'],
    ['REGAC - {seq} - {year}', 2022, 317, 'REGAC - 317 - 2022'], // seed 001
    ['RUN/{seq}/{year}', 2018, 73, 'RUN/73/2018'],
    ['RUN/{seq:3}/{year}', 2018, 7, 'RUN/007/2018'],
    ['RUN/{seq:3}/{year}', 2018, 1234, 'RUN/1234/2018'],
  ])('writes %s for %s no. %s as %s', (format, year, seq, expected) => {
    expect(formatDiaryNumber(format, year, seq)).toBe(expected);
  });

  it('refuses a format without a sequence number, which could not tell cases apart', () => {
    expect(() => formatDiaryNumber('RUN {year}', 2026, 1)).toThrow(RangeError);
  });
});
