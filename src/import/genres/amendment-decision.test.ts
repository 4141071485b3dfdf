import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractionSchema, type Extraction } from '../contract.js';
import { extractDocument } from '../extract-document.js';
import { normaliseText } from '../text.js';
import { scoreAmendmentDecision } from './amendment-decision.js';
import { scoreGrantDecision } from './grant-decision.js';
import { GENRE_EXTRACTORS } from './index.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = `${ROOT}tests/fixtures/import/`;
/** The shared seed directory beside the repository; absent in CI, where the copies in the fixtures are used. */
const SHARED_SEEDS = `${ROOT}../shared/seeds/`;

function extract(path: string): Extraction {
  const x = extractDocument(path.split('/').at(-1)!, readFileSync(path, 'utf8'), GENRE_EXTRACTORS);
  return extractionSchema.parse(x);
}
const codes = (x: Extraction) => x.warnings.map((w) => w.code);

const DOVI = '001_2984a545b1c14553.txt';

function assertDovi(x: Extraction) {
  expect(x.genre).toBe('amendment_decision');
  expect(x.decision).toEqual({
    date: '2025-08-29',
    decidedBy: 'Nils Enwald',
    capacity: 'verksamhetschef',
    presentedBy: 'Therese Burström',
    delegationPoint: null,
    reportedToMeeting: null,
    legalBasis: ['2003:596'],
    appropriation: null,
    appealable: false,
    diaryNumber: 'REGAC - 317 - 2022',
    externalCaseId: '20359783',
    reference: null,
  });
  const [p] = x.projects;
  expect(p).toMatchObject({
    name: 'Digital omställning i Västerbottens industrier',
    acronym: 'DOVI',
    owner: 'Region Västerbotten',
    ownerOrgNumber: '232100-0222',
    amountSek: null,
    maxSharePercent: null,
    approvedCostsSek: null,
    periodStart: '2023-03-01',
    periodEnd: '2026-08-31',
  });
  expect(p!.activities.map((a) => [a.number, a.start, a.end, a.costSek])).toEqual([
    ['1', '2023-03-01', '2026-08-31', 150_000],
    ['2', '2023-03-01', '2026-08-31', 250_000],
    ['3', '2023-03-01', '2026-08-31', 824_015],
    ['4', '2023-05-01', '2026-08-31', null],
    ['4.1', '2023-05-01', '2025-12-31', 0],
    ['4.2', '2023-08-31', '2025-12-31', 0],
    ['5', '2023-05-01', '2026-08-31', 1_863_000],
    ['5.1', '2023-05-01', '2026-08-31', null],
    ['5.2', '2023-08-31', '2025-12-31', 0],
    ['6', '2023-03-01', '2026-08-31', null],
    ['6.1', '2023-03-01', '2025-12-31', 0],
    ['6.2', '2023-05-31', '2025-12-31', 0],
    ['6.3', '2023-08-31', '2025-12-31', 0],
    ['7', '2023-05-01', '2026-08-31', 96_000],
    ['8', '2026-01-01', '2026-08-31', 150_000],
  ]);
  expect(p!.activities.map((a) => a.title)).toEqual([
    'Uppstart',
    'Jämställdhets- och jämlikhetsintegrering',
    'Extern kommunikation och resultatspridning',
    'Digitala strategier',
    'Kunskapshöjning',
    'Strategiarbete',
    'Innovativ digitalisering',
    'Kunskapshöjning',
    'Handlingsplaner och verktyg för ökad innovativ digitalisering',
    'Samverkan',
    'Kartläggning',
    'Etablering av samverkansgrupp/er',
    'Genomförande av regelbundna samverkansträffar',
    'Utvärdering och lärande',
    'Avslutsarbete',
  ]);
  expect(p!.activities.reduce((s, a) => s + (a.costSek ?? 0), 0)).toBe(3_333_015);
  // Every activity lies within 2023-03-01 – 2026-08-31, the plan states no total, one spelling per person.
  expect(x.warnings).toEqual([]);
}

describe('amendment decision: seed 001 (DOVI, extended period, revised plan)', () => {
  it('from the copy in tests/fixtures/import/seeds', () => {
    assertDovi(extract(`${FIXTURES}seeds/${DOVI}`));
  });
  it.skipIf(!existsSync(SHARED_SEEDS))(
    `from ${SHARED_SEEDS} (skipped when that directory is absent, e.g. in CI; the copy above is tested)`,
    () => {
      assertDovi(extract(`${SHARED_SEEDS}${DOVI}`));
    },
  );
  it('scores far above the grant genre', () => {
    const doc = normaliseText(readFileSync(`${FIXTURES}seeds/${DOVI}`, 'utf8'));
    expect(scoreAmendmentDecision(doc)).toBeGreaterThan(scoreGrantDecision(doc) + 0.2);
  });
});

describe('amendment decision: documents of other regions and wordings', () => {
  it('a budget change in tkr with a revised plan broken by a page header', () => {
    const x = extract(`${FIXTURES}amendment_decision/skane-budget-revised-plan.txt`);
    expect(x.genre).toBe('amendment_decision');
    expect(x.decision).toEqual({
      date: '2025-03-03', // "Datum: den 3 mars 2025"
      decidedBy: 'Lars Öhman',
      capacity: 'avdelningschef',
      presentedBy: 'Sara Ekström',
      delegationPoint: null,
      reportedToMeeting: null,
      legalBasis: [],
      appropriation: null,
      appealable: false,
      diaryNumber: 'RS 2023/1187',
      externalCaseId: '20298876',
      reference: null,
    });
    expect(x.projects).toEqual([
      {
        name: 'Cirkulära Öresund',
        acronym: 'CIRK',
        owner: 'Malmö Stad', // "MALMÖ STAD", not spelled otherwise in the text
        ownerOrgNumber: '212000-1124',
        amountSek: 1_800_000,
        maxSharePercent: 50,
        approvedCostsSek: 3_600_000,
        periodStart: null, // the amendment does not restate the period
        periodEnd: null,
        activities: [
          { number: '1', title: 'Projektledning', start: '2024-01-01', end: '2026-12-31', costSek: 600_000 },
          {
            number: '2',
            title: 'Kartläggning av materialflöden',
            start: '2024-03-01',
            end: '2024-12-31',
            costSek: 450_000,
          },
          { number: '3', title: 'Demonstratorer', start: '2025-01-01', end: '2027-06-30', costSek: 1_500_000 },
          { number: '4', title: 'Utvärdering', start: '2026-01-01', end: '2026-12-31', costSek: 250_000 },
        ],
      },
    ]);
    // "Totalt 2 900 000" against rows summing to 2 800 000; "Sara Ekström" and "Sarah Ekström".
    expect(codes(x)).toEqual(['activities.cost_mismatch', 'name.spelling']);
  });

  it('an extension with word dates and a new period, the beneficiary not named', () => {
    const x = extract(`${FIXTURES}amendment_decision/gavleborg-extension.txt`);
    expect(x.genre).toBe('amendment_decision');
    expect(x.decision).toMatchObject({
      date: '2025-05-14', // "Gävle den 14 maj 2025"
      decidedBy: 'Karin Holm',
      capacity: 'regional utvecklingsdirektör',
      presentedBy: null,
      legalBasis: ['2003:596'],
      appealable: true,
      diaryNumber: 'RG 2024/789',
      externalCaseId: null,
    });
    expect(x.projects[0]).toMatchObject({
      name: 'Besöksnäring Hälsingland 2.0',
      acronym: null,
      owner: null,
      amountSek: null,
      periodStart: '2024-01-01', // "Ny projektperiod", not the "från … till" of the extension
      periodEnd: '2026-06-30',
    });
    expect(x.warnings).toEqual([]);
  });

  it('a proposal to extend that states only the new end date', () => {
    const x = extract(`${FIXTURES}amendment_decision/proposal-extension-only-end.txt`);
    expect(x.genre).toBe('amendment_decision');
    expect(x.confidence).toBeLessThan(0.6);
    expect(codes(x)).toEqual(['decision.is_proposal']);
    expect(x.decision).toMatchObject({ date: null, decidedBy: null, appealable: null, diaryNumber: null });
    expect(x.projects[0]).toMatchObject({
      name: 'Fiber till fjällbyarna',
      owner: 'Bergs kommun',
      periodStart: null,
      periodEnd: '2026-12-31',
    });
  });
});

describe('every decision fixture through the dispatcher', () => {
  const dirs = ['grant_decision', 'amendment_decision'] as const;
  const files = dirs.flatMap((genre) =>
    readdirSync(`${FIXTURES}${genre}`)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [genre, f] as const),
  );
  it.each(files)('%s/%s gets its genre and a valid extraction object', (genre, file) => {
    const x = extract(`${FIXTURES}${genre}/${file}`);
    expect(x.genre).toBe(genre);
    expect(x.projects).toHaveLength(1);
  });
});
