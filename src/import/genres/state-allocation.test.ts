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

describe('state allocation: the seed government decision I2021/00795', () => {
  const r = run('seeds/003_1a41f5c95a045961.txt');

  it('is a state allocation with its decision block', () => {
    expect(r.genre).toBe('state_allocation');
    expect(r.confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.decision).toMatchObject({
      date: '2021-03-04',
      reference: 'I2021/00795',
      appropriation: 'UO 22 anslag 2:4 ap. 4',
      decidedBy: 'Regeringen',
    });
    expect(r.projects).toEqual([]);
    expect(r.headlineTotalSek).toBeNull();
    expect(r.warnings).toEqual([]);
  });

  it('offers 1 000 000 kr per recipient and year 2021–2025', () => {
    expect(r.allocation).toMatchObject({ perRecipientPerYearSek: 1_000_000, yearFrom: 2021, yearTo: 2025 });
  });

  it('has the deadlines the text states: requisition 2021-11-15 and 31 March 2022–2025; account 31 January and repayment 26 February 2022–2025', () => {
    // "senast den 31 januari respektive år 2022–2025 … redovisa"; "Senast den 26 februari respektive år ska … återbetalas"
    // takes the years of the sentence before: 2022–2025, not 2026.
    expect(r.allocation?.requisitionDeadlines).toEqual([
      '2021-11-15',
      '2022-03-31',
      '2023-03-31',
      '2024-03-31',
      '2025-03-31',
    ]);
    expect(r.allocation?.accountDeadlines).toEqual(['2022-01-31', '2023-01-31', '2024-01-31', '2025-01-31']);
    expect(r.allocation?.repaymentDeadlines).toEqual(['2022-02-26', '2023-02-26', '2024-02-26', '2025-02-26']);
  });

  it('offers 20 regions and Gotlands kommun (21), not the authorities of "Kopia till"', () => {
    expect(r.recipients).toHaveLength(21);
    expect(r.recipients.slice(0, 3)).toEqual(['Region Blekinge', 'Region Dalarna', 'Region Gävleborg']);
    expect(r.recipients).toContain('Region Jämtland Härjedalen');
    expect(r.recipients).toContain('Region Jönköpings län');
    expect(r.recipients).toContain('Västra Götalandsregionen');
    expect(r.recipients).toContain('Region Örebro län');
    expect(r.recipients.at(-1)).toBe('Gotlands kommun');
    expect(r.recipients.filter((n) => n.startsWith('Region '))).toHaveLength(19);
    expect(r.recipients).not.toContain('Tillväxtverket');
    expect(new Set(r.recipients).size).toBe(21);
  });
});

describe('state allocation: other wordings', () => {
  it('bulleted regions, "Varje region får högst 2,5 miljoner kronor per år", deadlines "året efter" for a list of years', () => {
    const r = run('state_allocation/naringsdepartementet_bullets.txt');
    expect(r.genre).toBe('state_allocation');
    expect(r.decision).toMatchObject({
      date: '2022-05-12',
      reference: 'N2022/01234',
      appropriation: 'UO 19 anslag 1:1 ap. 5',
      decidedBy: 'Regeringen',
    });
    expect(r.recipients).toEqual([
      'Region Norrbotten',
      'Region Västerbotten',
      'Region Jämtland Härjedalen',
      'Region Västernorrland',
    ]);
    expect(r.allocation).toEqual({
      perRecipientPerYearSek: 2_500_000,
      yearFrom: 2022,
      yearTo: 2024,
      requisitionDeadlines: ['2022-03-31', '2023-03-31', '2024-03-31'],
      accountDeadlines: ['2023-01-31', '2024-01-31', '2025-01-31'],
      repaymentDeadlines: ['2023-02-28', '2024-02-28', '2025-02-28'],
    });
  });

  it('recipients named in the offer sentence, "750 tkr per mottagare och år", ISO deadlines and "respektive den …"', () => {
    const r = run('state_allocation/kulturdepartementet_prose.txt');
    expect(r.genre).toBe('state_allocation');
    expect(r.decision).toMatchObject({ date: '2023-06-20', reference: 'Ku2023/00456' });
    expect(r.recipients).toEqual(['Region Kalmar län', 'Region Kronoberg', 'Region Blekinge', 'Region Skåne']);
    expect(r.allocation).toEqual({
      perRecipientPerYearSek: 750_000,
      yearFrom: 2023,
      yearTo: 2024,
      requisitionDeadlines: ['2023-09-30', '2024-09-30'],
      accountDeadlines: ['2024-03-01', '2025-03-01'],
      repaymentDeadlines: ['2024-03-31', '2025-03-31'],
    });
  });

  it('leaves unstated values null or empty: only a total, no period, a deadline without a year', () => {
    const r = run('state_allocation/missing_values.txt');
    expect(r.genre).toBe('state_allocation');
    expect(r.decision.date).toBeNull();
    expect(r.decision.reference).toBeNull();
    expect(r.decision.appropriation).toBeNull();
    expect(r.recipients).toEqual(['Region Halland', 'Region Örebro län', 'Västra Götalandsregionen']);
    expect(r.allocation).toEqual({
      perRecipientPerYearSek: null,
      yearFrom: null,
      yearTo: null,
      requisitionDeadlines: [],
      accountDeadlines: ['2025-12-01'],
      repaymentDeadlines: [],
    });
  });

  it.each(readdirSync(`${FIXTURES}state_allocation`))('%s is read as a state allocation and validates', (f) => {
    const r = run(`state_allocation/${f}`);
    expect(r.genre).toBe('state_allocation');
    expect(r.allocation).not.toBeNull();
  });
});
