import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractionSchema, type Extraction } from '../contract.js';
import { extractDocument } from '../extract-document.js';
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

const DVIS = '000_51264b348d8f79aa.txt';

function assertDvis(x: Extraction) {
  expect(x.genre).toBe('grant_decision');
  expect(x.decision).toEqual({
    date: null,
    decidedBy: 'Richard Carstedt',
    capacity: 'Regionala utvecklingsnämndens ordförande',
    presentedBy: null,
    delegationPoint: '1.1',
    reportedToMeeting: '2023-12-07',
    legalBasis: ['2003:596', '2015:210'],
    appropriation: '1:1',
    appealable: null,
    diaryNumber: null,
    externalCaseId: null,
    reference: null,
  });
  expect(x.projects).toEqual([
    {
      name: 'Digitala Västerbotten i samverkan',
      acronym: 'DVIS',
      owner: 'Region Västerbotten',
      ownerOrgNumber: null,
      amountSek: 5_505_389,
      maxSharePercent: 50,
      approvedCostsSek: 11_010_777,
      periodStart: '2024-02-01',
      periodEnd: '2027-01-31',
      activities: [],
    },
  ]);
  // 50 % of 11 010 777 kr is 5 505 388,50 kr: 5 505 389 kr is the allowed rounding remainder.
  expect(codes(x)).toContain('share.rounding_remainder');
  expect(codes(x)).not.toContain('share.cap_exceeded');
  const spelling = x.warnings.find((w) => w.code === 'name.spelling');
  expect(spelling?.message).toContain('Richard Carstedt');
  expect(spelling?.message).toContain('Rickard Carstedt');
}

describe('grant decision: seed 000 (DVIS, delegated)', () => {
  it('from the copy in tests/fixtures/import/seeds', () => {
    assertDvis(extract(`${FIXTURES}seeds/${DVIS}`));
  });
  it.skipIf(!existsSync(SHARED_SEEDS))(
    `from ${SHARED_SEEDS} (skipped when that directory is absent, e.g. in CI; the copy above is tested)`,
    () => {
      assertDvis(extract(`${SHARED_SEEDS}${DVIS}`));
    },
  );
});

describe('grant decision: documents of other regions and wordings', () => {
  it('a committee decision in tkr, long dates, a wrapped plan over a page break', () => {
    const x = extract(`${FIXTURES}grant_decision/norrbotten-committee-tkr.txt`);
    expect(x.genre).toBe('grant_decision');
    expect(x.decision).toEqual({
      date: '2025-03-03', // "Luleå den 3 mars 2025" at the head of the letter
      decidedBy: 'Anna Lindqvist', // the signature block
      capacity: 'Ordförande regionala utvecklingsnämnden',
      presentedBy: 'Erik Nilsson',
      delegationPoint: null,
      reportedToMeeting: null,
      legalBasis: ['2003:596'],
      appropriation: 'UO 19 anslag 1:1 ap. 1',
      appealable: true,
      diaryNumber: 'RUN 2025/112',
      externalCaseId: null,
      reference: null,
    });
    const [p] = x.projects;
    expect(p).toMatchObject({
      name: 'Vätgasdalen Norrbotten',
      acronym: 'VDN',
      owner: 'Luleå tekniska universitet',
      ownerOrgNumber: '202100-2841',
      amountSek: 1_250_000,
      maxSharePercent: 40,
      approvedCostsSek: 3_125_000,
      periodStart: '2025-04-01',
      periodEnd: '2027-03-31',
    });
    expect(p!.activities).toEqual([
      {
        number: '1',
        title: 'Projektledning och administration',
        start: '2025-04-01',
        end: '2027-03-31',
        costSek: 400_000,
      },
      {
        number: '2',
        title: 'Förstudie om vätgaslager i Norrbottens hamnar',
        start: '2025-04-01',
        end: '2025-12-31',
        costSek: 350_000,
      },
      { number: '3', title: 'Pilotanläggning i Piteå hamn', start: '2025-09-01', end: '2026-12-31', costSek: 275_000 },
      { number: '4', title: 'Spridning av resultat', start: '2027-01-01', end: '2027-06-30', costSek: 175_000 },
    ]);
    // Activity 4 ends after the period; the plan's "Summa 1 200" (tkr) equals its rows; 40 % of 3 125 tkr is exact.
    expect(codes(x)).toEqual(['activity.outside_period']);
  });

  it('a delegated decision in "miljoner" above its share cap', () => {
    const x = extract(`${FIXTURES}grant_decision/jamtland-delegation-miljoner.txt`);
    expect(x.genre).toBe('grant_decision');
    expect(x.decision).toEqual({
      date: '2024-11-20',
      decidedBy: 'Maria Persson',
      capacity: 'enhetschef',
      presentedBy: null,
      delegationPoint: '3.2',
      reportedToMeeting: '2024-12-12',
      legalBasis: ['2015:210'],
      appropriation: null,
      appealable: true,
      diaryNumber: 'RJH 2024/0456',
      externalCaseId: '20412345',
      reference: null,
    });
    expect(x.projects).toEqual([
      {
        name: 'Fjällnära besöksnäring 2030',
        acronym: null,
        owner: 'Fjällnära Innovation AB',
        ownerOrgNumber: '556677-1233',
        amountSek: 2_600_000,
        maxSharePercent: 50,
        approvedCostsSek: 4_800_000,
        periodStart: '2025-01-01',
        periodEnd: '2026-06-30',
        activities: [],
      },
    ]);
    // 50 % of 4,8 miljoner is 2,4 miljoner: 2,6 miljoner exceeds the cap.
    expect(codes(x)).toEqual(['share.cap_exceeded']);
  });

  it('a proposal, not a decision, with most values missing', () => {
    const x = extract(`${FIXTURES}grant_decision/proposal-missing-values.txt`);
    expect(x.genre).toBe('grant_decision');
    expect(x.confidence).toBeLessThan(0.6);
    expect(codes(x)).toEqual(['decision.is_proposal']);
    expect(x.decision).toMatchObject({
      date: null,
      decidedBy: null,
      diaryNumber: null,
      appealable: null,
      legalBasis: [],
    });
    expect(x.projects).toEqual([
      {
        name: 'Kustlabbet',
        acronym: null,
        owner: 'Norrlands Kustförening',
        ownerOrgNumber: null,
        amountSek: 300_000,
        maxSharePercent: null,
        approvedCostsSek: null,
        periodStart: null,
        periodEnd: null,
        activities: [],
      },
    ]);
  });
});
