import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractionSchema } from '../contract.js';
import { extractDocument } from '../extract-document.js';
import { GENRE_EXTRACTORS } from './index.js';

const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/import/', import.meta.url));
const run = (path: string) => {
  const result = extractDocument(path, readFileSync(`${FIXTURES}${path}`, 'utf8'), GENRE_EXTRACTORS);
  return extractionSchema.parse(result);
};
const brief = (r: ReturnType<typeof run>) =>
  r.projects.map((p) => [p.name, p.acronym, p.owner, p.amountSek, p.periodStart, p.periodEnd]);

describe('press release: the seed "25,5 miljoner till regional utveckling i Västerbotten"', () => {
  const r = run('seeds/004_6bd98c24a41bbaba.txt');

  it('lists the eight projects with owner, amount and period', () => {
    expect(r.genre).toBe('press_release');
    expect(r.confidence).toBeGreaterThanOrEqual(0.9);
    expect(brief(r)).toEqual([
      [
        'Digital omställning i Västerbottens industrier DOVI',
        'DOVI',
        'Region Västerbotten',
        2_491_478,
        '2023-03-01',
        '2026-02-28',
      ],
      [
        'Kompetensattraktion Västerbotten',
        null,
        'Handelskammarens Service, AC län AB',
        893_984,
        '2023-01-01',
        '2023-07-31',
      ],
      ['Ramprojekt Västerbotten 2023-2025', null, 'Region Västerbotten', 3_000_000, '2023-01-01', '2026-04-30'],
      [
        'Support Office for Life science and Health in Västerbotten (SOLH)',
        'SOLH',
        'Umeå universitet',
        524_994,
        '2023-04-01',
        '2023-08-31',
      ],
      ['Digitala Västerbotten 2.0', null, 'Region Västerbotten', 5_940_000, '2023-03-01', '2026-06-30'],
      ['Förstudie Regional IoT', null, 'Region Västerbotten', 300_000, '2023-03-31', '2024-02-29'],
      [
        'SMArt Livskraftig Landsbygd (SMALL)',
        'SMALL',
        'Luleå tekniska universitet',
        2_271_045,
        '2023-02-16',
        '2025-12-31',
      ],
      [
        'TRUE - tillsammans för regional utveckling, etapp 2',
        'TRUE',
        'Region Västerbotten',
        10_000_000,
        '2023-01-01',
        '2025-12-31',
      ],
    ]);
    expect(r.projects.reduce((sum, p) => sum + p.amountSek!, 0)).toBe(25_421_501);
  });

  it('reads the headline 25,5 miljoner and warns that the lines round to 25,4 miljoner', () => {
    expect(r.headlineTotalSek).toBe(25_500_000);
    expect(r.warnings.map((w) => w.code)).toEqual(['headline.mismatch']);
    expect(r.warnings[0]!.message).toContain('"25,5 miljoner"');
    expect(r.warnings[0]!.message).toContain('25\u00a0421\u00a0501\u00a0kr');
    expect(r.warnings[0]!.message).toContain('25\u00a0400\u00a0000\u00a0kr');
  });

  it('names the deciding committee; the release states no date', () => {
    expect(r.decision.decidedBy).toBe('Västerbottens regionala utvecklingsnämnd');
    expect(r.decision.date).toBeNull();
    expect(r.recipients).toEqual([]);
    expect(r.allocation).toBeNull();
  });
});

describe('press release: other layouts', () => {
  it('a table whose lines match the headline (4 150 000 kr rounds to 4,2 miljoner): no warning', () => {
    const r = run('press_release/table_matching_headline.txt');
    expect(r.genre).toBe('press_release');
    expect(brief(r)).toEqual([
      ['Grön vätgas Norr (GVN)', 'GVN', 'Luleå tekniska universitet', 1_850_000, '2024-04-01', '2026-03-31'],
      ['Digitala byar 2.0', null, 'Hushållningssällskapet Norrbotten', 1_300_000, '2024-05-01', '2025-04-30'],
      ['Arktisk testbädd', null, 'Arjeplogs kommun', 1_000_000, '2024-06-01', '2025-12-31'],
    ]);
    expect(r.headlineTotalSek).toBe(4_200_000);
    expect(r.warnings).toEqual([]);
    expect(r.decision).toMatchObject({ decidedBy: 'Regionala utvecklingsnämnden', date: '2024-03-14' });
  });

  it('projects in prose, amounts in kronor, tkr and miljoner; 3 450 000 kr rounds to the headline 3,5 miljoner', () => {
    const r = run('press_release/prose_projects.txt');
    expect(r.genre).toBe('press_release');
    expect(brief(r)).toEqual([
      ['Smart stad Luleå', null, 'Luleå kommun', 1_200_000, '2024-01-01', '2025-12-31'],
      ['Cirkulär industri', null, 'Piteå Science Park AB', 850_000, '2024-03-01', '2025-02-28'],
      ['Arktiskt ljus (ARL)', 'ARL', 'Kiruna kommun', 1_400_000, '2024-05-01', '2026-04-30'],
    ]);
    expect(r.headlineTotalSek).toBe(3_500_000);
    expect(r.warnings).toEqual([]);
    expect(r.decision.date).toBeNull();
  });

  it('labelled blocks with an organisation number and a missing period; 1 950 000 kr is not "2,1 miljoner"', () => {
    const r = run('press_release/labelled_blocks_mismatch.txt');
    expect(r.genre).toBe('press_release');
    expect(r.projects.map((p) => [p.name, p.owner, p.ownerOrgNumber, p.amountSek, p.periodStart, p.periodEnd])).toEqual(
      [
        ['Musik i skogen', 'Hälsinglands Musikförening', '802400-1235', 950_000, '2024-08-01', '2025-07-31'],
        ['Berättelser från bruket', 'Sandvikens kommun', null, 600_000, '2024-09-01', '2025-06-30'],
        ['Läsfrämjande i Ljusdal', 'Ljusdals kommun', null, 400_000, null, null],
      ],
    );
    expect(r.headlineTotalSek).toBe(2_100_000);
    expect(r.warnings.map((w) => w.code)).toEqual(['headline.mismatch']);
    expect(r.decision).toMatchObject({ decidedBy: 'Kulturnämnden i Region Gävleborg', date: '2024-06-11' });
  });

  it.each(readdirSync(`${FIXTURES}press_release`))('%s is read as a press release and validates', (f) => {
    const r = run(`press_release/${f}`);
    expect(r.genre).toBe('press_release');
    expect(r.projects.length).toBeGreaterThanOrEqual(3);
  });
});
