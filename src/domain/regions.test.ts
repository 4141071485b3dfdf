import { describe, expect, it } from 'vitest';
import { countyName, nuts2Name, nuts2Region, nuts2Regions } from './index.js';

describe('county and NUTS 2 region of a municipality', () => {
  it.each([
    ['2480', 'Västerbottens län', 'SE33'], // Umeå
    ['2580', 'Norrbottens län', 'SE33'], // Luleå
    ['2305', 'Jämtlands län', 'SE32'], // Bräcke (seed 002)
    ['0180', 'Stockholms län', 'SE11'],
    ['1880', 'Örebro län', 'SE12'],
    ['0980', 'Gotlands län', 'SE21'],
    ['1280', 'Skåne län', 'SE22'],
    ['1480', 'Västra Götalands län', 'SE23'],
    ['2180', 'Gävleborgs län', 'SE31'],
  ])('%s lies in %s, NUTS 2 %s', (code, county, nuts) => {
    expect(countyName(code)).toBe(county);
    expect(nuts2Region(code)).toBe(nuts);
  });

  it.each(['', '248', '24800', '9999', '1100', 'abcd'])('knows no county for %j', (code) => {
    expect(countyName(code)).toBeNull();
    expect(nuts2Region(code)).toBeNull();
  });

  it('lists the distinct regions of a project in several counties, sorted, without unknown codes', () => {
    expect(nuts2Regions(['2480', '2482', '2305', '2580', '9999'])).toEqual(['SE32', 'SE33']);
    expect(nuts2Regions([])).toEqual([]);
  });

  it('names the regions', () => {
    expect(nuts2Name('SE33')).toBe('Övre Norrland');
    expect(nuts2Name('SE32')).toBe('Mellersta Norrland');
    expect(nuts2Name('SE99')).toBeNull();
  });
});
