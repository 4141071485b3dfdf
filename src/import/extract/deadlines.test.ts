import { describe, expect, it } from 'vitest';
import { normaliseText } from '../text.js';
import { deadlinesByKind, findDeadlines, splitSentences, yearsOf } from './deadlines.js';

const flat = (s: string) => normaliseText(s).flat;
const dates = (s: string) => findDeadlines(flat(s)).map((d) => ({ kind: d.kind, dates: d.dates }));

describe('findDeadlines', () => {
  it.each([
    [
      'one date with its year',
      'Medlen ska rekvireras senast den 15 november 2021 hos Tillväxtverket.',
      [{ kind: 'requisition', dates: ['2021-11-15'] }],
    ],
    [
      'respektive år with a range',
      'Varje region ska senast den 31 mars respektive år 2022–2025 redovisa verksamheten.',
      [{ kind: 'account', dates: ['2022-03-31', '2023-03-31', '2024-03-31', '2025-03-31'] }],
    ],
    [
      'a list of years',
      'Medlen ska rekvireras senast den 31 mars 2022, 2023, 2024 och 2025.',
      [{ kind: 'requisition', dates: ['2022-03-31', '2023-03-31', '2024-03-31', '2025-03-31'] }],
    ],
    [
      'varje år under a range',
      'En redovisning ska lämnas senast den 31 januari varje år under 2022-2025.',
      [{ kind: 'account', dates: ['2022-01-31', '2023-01-31', '2024-01-31', '2025-01-31'] }],
    ],
    [
      'the years of the clause before the phrase',
      'Medlen för 2021 ska rekvireras senast den 15 november 2021 och medlen för 2022–2025 ska rekvireras senast den 31 mars respektive år hos Tillväxtverket.',
      [
        { kind: 'requisition', dates: ['2021-11-15'] },
        { kind: 'requisition', dates: ['2022-03-31', '2023-03-31', '2024-03-31', '2025-03-31'] },
      ],
    ],
    [
      'the years of the sentence before',
      'Mottagaren ska senast den 31 januari respektive år 2022–2023 redovisa hur medlen använts. Senast den 26 februari respektive år ska outnyttjade medel återbetalas.',
      [
        { kind: 'account', dates: ['2022-01-31', '2023-01-31'] },
        { kind: 'repayment', dates: ['2022-02-26', '2023-02-26'] },
      ],
    ],
    [
      'a participle of another verb does not classify ("som rekvirerat medel ska … redovisa")',
      'Varje region som rekvirerat medel ska senast den 31 januari respektive år 2024–2025, enligt anvisningar, redovisa hur verksamheten har bedrivits.',
      [{ kind: 'account', dates: ['2024-01-31', '2025-01-31'] }],
    ],
    [
      'two deadlines of different kinds in one sentence',
      'Redovisning ska ske senast den 31 januari 2023 och outnyttjade medel ska betalas tillbaka senast den 28 februari 2023.',
      [
        { kind: 'account', dates: ['2023-01-31'] },
        { kind: 'repayment', dates: ['2023-02-28'] },
      ],
    ],
    [
      'an ISO date and återrapportering',
      'Återrapportering ska ske senast 2024-06-30.',
      [{ kind: 'account', dates: ['2024-06-30'] }],
    ],
    [
      'the last day of February in every year of the range',
      'Medlen för 2023–2024 ska återbetalas senast den sista februari året efter.',
      [{ kind: 'repayment', dates: ['2024-02-29', '2025-02-28'] }],
    ],
    [
      'a deadline that moves to the next business day where the text says so',
      'Redovisningen ska lämnas senast den 31 januari 2026. Infaller dagen på en lördag eller söndag gäller närmast följande vardag.',
      [{ kind: 'account', dates: ['2026-02-02'] }],
    ],
    [
      'a deadline without any year stays without dates',
      'Rekvisition ska göras senast den 31 mars.',
      [{ kind: 'requisition', dates: [] }],
    ],
    [
      'no verb: no kind',
      'Ansökan ska ha kommit in senast den 1 oktober 2025.',
      [{ kind: null, dates: ['2025-10-01'] }],
    ],
  ])('%s', (_label, text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('reads phrases broken over lines and hyphenated words', () => {
    const text =
      'Medlen ska rekvi-\nreras senast den\n15 november\n2021 och ska redo-\nvisas senast den 31 januari\nrespektive år\n2022–2023.';
    expect(dates(text)).toEqual([
      { kind: 'requisition', dates: ['2021-11-15'] },
      { kind: 'account', dates: ['2022-01-31', '2023-01-31'] },
    ]);
  });

  it('does not take years of dates, SFS numbers or case numbers as the years of a deadline', () => {
    const text =
      'Beslut 2021-03-04 (I2021/00795) enligt lagen (2010:630). Rekvisition ska ske senast den 31 mars respektive år.';
    expect(dates(text)).toEqual([{ kind: 'requisition', dates: [] }]);
  });
});

describe('deadlinesByKind', () => {
  it('sorts each kind and removes duplicates', () => {
    const text =
      'Medlen ska rekvireras senast den 31 mars 2023. Medlen ska rekvireras senast den 31 mars 2022 och 2023. ' +
      'Outnyttjade medel ska återbetalas senast den 26 februari 2024.';
    expect(deadlinesByKind(flat(text))).toEqual({
      requisitionDeadlines: ['2022-03-31', '2023-03-31'],
      accountDeadlines: [],
      repaymentDeadlines: ['2024-02-26'],
    });
  });
});

describe('helpers', () => {
  it('reads year expressions', () => {
    expect(yearsOf('2022-2025')).toEqual([2022, 2023, 2024, 2025]);
    expect(yearsOf('2022 till och med 2023')).toEqual([2022, 2023]);
    expect(yearsOf('2022, 2024 och 2025')).toEqual([2022, 2024, 2025]);
    expect(yearsOf('2025-2022')).toEqual([]);
  });
  it('cuts sentences but not after abbreviations', () => {
    expect(
      splitSentences('Anslag 2:4 ap. 4 gäller. Bl.a. Region Skåne deltar, t.ex. Region Halland. Slut.').map(
        (s) => s.text,
      ),
    ).toEqual(['Anslag 2:4 ap. 4 gäller.', 'Bl.a. Region Skåne deltar, t.ex. Region Halland.', 'Slut.']);
  });
});
