import { describe, expect, it } from 'vitest';
import { basisPoints, kronor, type GrantTerms, type LocalDate } from '../../../domain/index.js';
import { describeAmendmentChanges } from './amendment-changes.js';
import {
  amendmentDecisionText,
  appropriationSentence,
  decidedBySentence,
  delegationSentences,
  electronicApprovalNote,
  grantDecisionText,
  legalBasisSentence,
  ordinanceTitle,
  reasonsIntro,
  rejectionDecisionText,
} from './decision-text.js';

// The letters write amounts, shares and periods with non-breaking spaces; tests spell them plainly.
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const day = (s: string) => s as LocalDate;
const dvisPeriod = { start: day('2024-02-01'), end: day('2027-01-31') };

describe('the sentence that grants', () => {
  it.each([
    {
      case: 'the DVIS decision, in seed 000 wording',
      input: { maxShare: basisPoints(5000), approvedCosts: kronor(11_010_777), period: dvisPeriod },
      text: 'Region Västerbotten beviljas 5 505 389 kr, dock högst 50,00 % av godkända kostnader uppgående till 11 010 777 kr för projektet Digitala Västerbotten i samverkan (DVIS) för projektperioden 2024-02-01 - 2027-01-31.',
    },
    {
      case: 'no share and no costs: no "dock högst" clause',
      input: { maxShare: null, approvedCosts: null, period: dvisPeriod },
      text: 'Region Västerbotten beviljas 5 505 389 kr för projektet Digitala Västerbotten i samverkan (DVIS) för projektperioden 2024-02-01 - 2027-01-31.',
    },
    {
      case: 'a share without stated costs',
      input: { maxShare: basisPoints(4050), approvedCosts: null, period: dvisPeriod },
      text: 'Region Västerbotten beviljas 5 505 389 kr, dock högst 40,50 % av godkända kostnader för projektet Digitala Västerbotten i samverkan (DVIS) för projektperioden 2024-02-01 - 2027-01-31.',
    },
    {
      case: 'no period yet',
      input: { maxShare: null, approvedCosts: null, period: null },
      text: 'Region Västerbotten beviljas 5 505 389 kr för projektet Digitala Västerbotten i samverkan (DVIS).',
    },
  ])('words $case', ({ input, text }) => {
    const sentence = grantDecisionText({
      beneficiaryName: 'Region Västerbotten',
      amount: kronor(5_505_389),
      projectName: 'Digitala Västerbotten i samverkan (DVIS)',
      ...input,
    });
    expect(plain(sentence)).toBe(text);
  });

  it('keeps amounts whole with non-breaking spaces, as the domain formats them', () => {
    const sentence = grantDecisionText({
      beneficiaryName: 'X',
      amount: kronor(5_505_389),
      maxShare: basisPoints(5000),
      approvedCosts: kronor(11_010_777),
      projectName: 'Y',
      period: dvisPeriod,
    });
    expect(sentence).toContain('5\u00a0505\u00a0389\u00a0kr');
    expect(sentence).toContain('50,00\u00a0%');
  });
});

describe('the sentences of an amendment, a rejection and the rest of the letter', () => {
  it('says what an amendment changes and that the earlier decision holds in all else', () => {
    const text = amendmentDecisionText({
      funderName: 'Region Västerbotten',
      changes: ['Att förlänga projektperioden med sex månader, till den 31 augusti 2026.'],
      amendedDecisionDate: day('2023-03-01'),
    });
    expect(text).toBe(
      'Region Västerbotten beslutar att ändra tidigare beslut om stöd till ovan angivet projekt. Beslutet avser följande ändringar: Att förlänga projektperioden med sex månader, till den 31 augusti 2026.\n\nI övrigt gäller tidigare beslut från den 2023-03-01.',
    );
  });

  it('rejects in one sentence', () => {
    expect(rejectionDecisionText({ beneficiaryName: 'Umeå universitet', projectName: 'SOLH' })).toBe(
      'Ansökan från Umeå universitet om stöd till projektet SOLH avslås.',
    );
  });

  it.each([
    ['2003:596', 'förordning (2003:596) om bidrag för projektverksamhet inom den regionala tillväxtpolitiken'],
    ['2015:210', 'förordning (2015:210) om statligt stöd för att regionalt främja små och medelstora företag'],
    ['2099:123', 'förordning (2099:123)'],
  ])('names ordinance %s in full', (sfs, title) => {
    expect(ordinanceTitle(sfs)).toBe(title);
  });

  it.each([
    [[], null],
    [
      ['2003:596'],
      'Beslutet har fattats med stöd av förordning (2003:596) om bidrag för projektverksamhet inom den regionala tillväxtpolitiken.',
    ],
    [
      ['2003:596', '2015:210'],
      'Beslutet har fattats med stöd av förordning (2003:596) om bidrag för projektverksamhet inom den regionala tillväxtpolitiken och i förekommande fall förordning (2015:210) om statligt stöd för att regionalt främja små och medelstora företag.',
    ],
    [
      ['2003:596', '2099:123'],
      'Beslutet har fattats med stöd av förordning (2003:596) om bidrag för projektverksamhet inom den regionala tillväxtpolitiken och förordning (2099:123).',
    ],
  ])('cites the legal basis %j', (sfs, sentence) => {
    expect(legalBasisSentence(sfs)).toBe(sentence);
  });

  it.each([
    ['grant', 'Region Västerbotten beviljar stöd av följande skäl:'],
    ['amend', 'Region Västerbotten beviljar ändring av beslutet av följande skäl:'],
    ['reject', 'Region Västerbotten avslår ansökan av följande skäl:'],
  ] as const)('opens the reasons of a %s decision', (kind, intro) => {
    expect(reasonsIntro(kind, 'Region Västerbotten')).toBe(intro);
  });

  it('names the appropriation and notes the electronic approval', () => {
    expect(appropriationSentence({ code: '1:1', name: 'Regionala tillväxtåtgärder' })).toBe(
      'Medel disponeras ur anslaget 1:1 Regionala tillväxtåtgärder.',
    );
    expect(electronicApprovalNote('Region Västerbotten')).toBe(
      'Denna handling är beslutad och godkänd i Region Västerbottens ärendehanteringssystem och saknar därför namnunderskrift.',
    );
  });

  it.each([
    {
      case: 'a delegate',
      input: {
        decidedBy: { name: 'Lars Exempelsson (S)', capacity: 'Regionala utvecklingsnämndens ordförande' },
        presentedBy: { name: 'Tove Testsson', capacity: null },
        meetingHeldOn: null,
      },
      text: 'Beslut i ärendet har fattats av Lars Exempelsson (S) i egenskap av Regionala utvecklingsnämndens ordförande efter föredragning av Tove Testsson.',
    },
    {
      case: 'an official with a presenter who has a title',
      input: {
        decidedBy: { name: 'Nina Provsdotter', capacity: 'verksamhetschef' },
        presentedBy: { name: 'Tove Testsson', capacity: 'strateg för projektfinansiering' },
        meetingHeldOn: null,
      },
      text: 'Beslut i ärendet har fattats av Nina Provsdotter i egenskap av verksamhetschef efter föredragning av Tove Testsson, strateg för projektfinansiering.',
    },
    {
      case: 'the committee at a meeting',
      input: {
        decidedBy: { name: 'Regionala utvecklingsnämnden', capacity: null },
        presentedBy: null,
        meetingHeldOn: day('2023-03-01'),
      },
      text: 'Beslut i ärendet har fattats av Regionala utvecklingsnämnden vid sammanträdet den 1 mars 2023.',
    },
  ])('says who decided: $case', ({ input, text }) => {
    expect(plain(decidedBySentence(input))).toBe(text);
  });

  it('names the delegation point and the meeting a delegated decision is reported to', () => {
    expect(
      delegationSentences({
        delegationPoint: '1.1',
        committee: 'Regionala utvecklingsnämnden',
        reportedToMeetingOn: day('2023-12-07'),
      }).map(plain),
    ).toEqual([
      'Beslutet är fattat på delegation enligt delegationsordningens ärendegrupp 1.1.',
      'Delegationsbeslutet anmäls och redovisas vid Regionala utvecklingsnämndens sammanträde den 7 december 2023.',
    ]);
  });
});

describe('what an amendment changes, read off the terms', () => {
  const dovi: GrantTerms = {
    amount: kronor(2_491_478),
    maxShare: null,
    approvedCosts: null,
    period: { start: day('2023-03-01'), end: day('2026-02-28') },
    activityPlanId: 'plan-1',
    activities: null,
  };
  const withPeriod = (start: string, end: string): GrantTerms => ({
    ...dovi,
    period: { start: day(start), end: day(end) },
  });

  it.each([
    {
      case: 'DOVI: six months longer, to the end of August (month-end rule)',
      after: withPeriod('2023-03-01', '2026-08-31'),
      changes: ['Att förlänga projektperioden med sex månader, till den 31 augusti 2026.'],
    },
    {
      case: 'a shorter period by whole months',
      after: withPeriod('2023-03-01', '2025-11-30'),
      changes: ['Att förkorta projektperioden med tre månader, till den 30 november 2025.'],
    },
    {
      case: 'a later end that is not whole months away',
      after: withPeriod('2023-03-01', '2026-03-15'),
      changes: ['Att förlänga projektperioden till den 15 mars 2026.'],
    },
    {
      case: 'a new start',
      after: withPeriod('2023-04-01', '2026-02-28'),
      changes: ['Att ändra projektperiodens startdatum till den 1 april 2023.'],
    },
    {
      case: 'more money, a share, costs and a revised plan',
      after: {
        ...dovi,
        amount: kronor(2_600_000),
        maxShare: basisPoints(5000),
        approvedCosts: kronor(5_200_000),
        activityPlanId: 'plan-2',
      },
      changes: [
        'Att ändra beviljat stöd från 2 491 478 kr till 2 600 000 kr.',
        'Att ändra stödets högsta andel av godkända kostnader till 50,00 %.',
        'Att ändra godkända kostnader till 5 200 000 kr.',
        'Att fastställa en reviderad tid- och aktivitetsplan.',
      ],
    },
    { case: 'nothing', after: dovi, changes: [] },
  ])('describes $case', ({ after, changes }) => {
    expect(describeAmendmentChanges(dovi, after).map(plain)).toEqual(changes);
  });
});
