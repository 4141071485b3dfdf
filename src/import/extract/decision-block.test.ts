import { describe, expect, it } from 'vitest';
import type { ExtractedDecision } from '../contract.js';
import { normaliseText } from '../text.js';
import { extractDecisionBlock } from './decision-block.js';

const block = (text: string) => extractDecisionBlock(normaliseText(text));

type Case = [string, string, Partial<ExtractedDecision>];

describe('extractDecisionBlock', () => {
  it.each<Case>([
    // ---- decision date ----
    ['a Beslutsdatum label', 'Beslutsdatum: 2024-01-15\nBeslut', { date: '2024-01-15' }],
    ['a Datum label on the next line', 'Datum\n2025-08-29\nÄrendeID', { date: '2025-08-29' }],
    [
      'a date at the head of the letter with the place',
      'Region Norrbotten\nLuleå den 3 mars 2025\nBeslut om stöd',
      { date: '2025-03-03' },
    ],
    ['"beslutade den"', 'Nämnden beslutade den 12 juni 2024 att bevilja stöd.', { date: '2024-06-12' }],
    [
      'not the earlier decision an amendment refers to',
      'Ändring av det tidigare beslutade den 1 mars 2023.',
      { date: null },
    ],
    [
      'not "Startdatum" nor a deadline',
      'Startdatum 2024-01-01 och sista inlämningsdag är 7 november 2023.',
      { date: null },
    ],
    // ---- decided by, capacity, presented by ----
    [
      'a chair deciding on delegation',
      'Beslut fattas av Richard Carstedt (S) i egenskap av Regionala utvecklingsnämndens ordförande att Region Västerbotten beviljas',
      { decidedBy: 'Richard Carstedt', capacity: 'Regionala utvecklingsnämndens ordförande', presentedBy: null },
    ],
    [
      'an official after presentation, title first',
      'Beslut i ärendet har fattats av verksamhetschef Nils Enwald\nefter föredragning av strateg för projektfinansiering Therese Burström.',
      { decidedBy: 'Nils Enwald', capacity: 'verksamhetschef', presentedBy: 'Therese Burström' },
    ],
    [
      'name first, title after a comma',
      'Beslutet har fattats av Anna-Karin Öberg, enhetschef, efter föredragning av handläggare Jonas Lind.',
      { decidedBy: 'Anna-Karin Öberg', capacity: 'enhetschef', presentedBy: 'Jonas Lind' },
    ],
    ['labels', 'Beslutande: Eva Holm\nFöredragande: Per Ek', { decidedBy: 'Eva Holm', presentedBy: 'Per Ek' }],
    [
      'a signature block only',
      'Beslut\nStöd beviljas.\nI tjänsten\nMaria Sandberg (C),\nOrdförande regionala utvecklingsnämnden',
      { decidedBy: 'Maria Sandberg', capacity: 'Ordförande regionala utvecklingsnämnden' },
    ],
    [
      'not a contact in a press release',
      'Kontakt:\nKatarina Molin\nChef projektfinansiering\n070-342 72 34',
      { decidedBy: null, capacity: null },
    ],
    ['an organisation is not a person', 'Beslut har fattats av Region Västerbotten.', { decidedBy: null }],
    // ---- delegation point and report to the meeting ----
    ['ärendegrupp', 'fatta beslut (delegationsordningens ärendegrupp 1.1).', { delegationPoint: '1.1' }],
    [
      'delegationspunkt',
      'Beslutet fattas med stöd av delegationspunkt 2.3 i nämndens delegationsordning.',
      { delegationPoint: '2.3' },
    ],
    [
      'punkt … i delegationsordningen',
      'enligt punkt 4.2.1 i regionstyrelsens delegationsordning',
      { delegationPoint: '4.2.1' },
    ],
    ['a plain "punkt 4" is no delegation point', 'se beskrivning under punkt 4', { delegationPoint: null }],
    [
      'reported to a meeting, date on the next line',
      'Delegationsbeslutet anmäls och redovisas vid regionala utvecklingsnämndens sammanträde den\n7 december 2023.',
      { reportedToMeeting: '2023-12-07' },
    ],
    ['reported, ISO date', 'Beslutet anmäls till nämnden 2024-02-14.', { reportedToMeeting: '2024-02-14' }],
    // ---- legal basis and appropriation ----
    [
      'two ordinances',
      'med stöd av förordning (2003:596) om bidrag … och i förekommande fall förordning\n(2015:210) om statligt stöd',
      { legalBasis: ['2003:596', '2015:210'] },
    ],
    [
      'SFS-prefixed and a law',
      'enligt förordningen (SFS 2003:596) och kommunallagen (2017:725)',
      { legalBasis: ['2003:596', '2017:725'] },
    ],
    ['not a bare number that looks like SFS', 'Referens 2023:12 i registret', { legalBasis: [] }],
    [
      'a law cited for its tasks is no legal basis',
      'Uppdraget ska utföras utifrån uppgifterna som anges i lagen (2010:630) om regionalt utvecklingsansvar.',
      { legalBasis: [] },
    ],
    [
      'the basis, beside a law cited for another reason',
      'Uppgifterna anges i lagen (2010:630). Bidraget lämnas med stöd av förordningen\n(2003:596) om bidrag för projektverksamhet.',
      { legalBasis: ['2003:596'] },
    ],
    [
      'grounded on, over a line break',
      'Beslutet grundar sig på förordning (2015:210) om statligt stöd.',
      { legalBasis: ['2015:210'] },
    ],
    ['anslaget 1:1', 'Medel disponeras ur anslaget 1:1.', { appropriation: '1:1' }],
    [
      'expenditure area and item',
      'belasta det under utgiftsområde 22 Kommunikationer uppförda anslaget 2:4, Informationsteknik, anslagsposten 4, del till',
      { appropriation: 'UO 22 anslag 2:4 ap. 4' },
    ],
    ['UO abbreviated', 'Medlen belastar UO 19 anslag 1:1 ap. 2.', { appropriation: 'UO 19 anslag 1:1 ap. 2' }],
    // ---- appeal ----
    ['cannot be appealed', 'Beslutet kan inte överklagas.', { appealable: false }],
    ['may be appealed', 'Beslutet kan överklagas hos förvaltningsrätten, se bilaga.', { appealable: true }],
    ['appeal instruction', 'Hur man överklagar: skriv till Region Skåne inom tre veckor.', { appealable: true }],
    ['nothing said', 'Beslutet gäller från i dag.', { appealable: null }],
    // ---- numbers ----
    ['REGAC diary number', 'Diarienummer: REGAC - 317 - 2022\nBeslut', { diaryNumber: 'REGAC - 317 - 2022' }],
    ['Dnr RUN', 'Dnr RUN 2026/17', { diaryNumber: 'RUN 2026/17' }],
    ['Vårt dnr RS', 'Vårt dnr: RS 2023/123', { diaryNumber: 'RS 2023/123' }],
    ['a bare year/number', 'Diarienr 2024/0456', { diaryNumber: '2024/0456' }],
    ['no diary number', 'Beslut om stöd 2024-01-01', { diaryNumber: null }],
    ['Nyps case id', 'Ärende-id i Nyps 20359783', { externalCaseId: '20359783' }],
    ['Nyps-ärende', 'Nyps-ärende 20359784', { externalCaseId: '20359784' }],
    [
      'Ärendeid label',
      'Ärendeid: 20359783\nDiarienummer: REGAC - 317 - 2022',
      { externalCaseId: '20359783', diaryNumber: 'REGAC - 317 - 2022' },
    ],
    ['Min ansökan', 'Ärendenummer i Min ansökan 123456', { externalCaseId: '123456' }],
    ['government decision number', 'I2021/00795 Infrastrukturdepartementet', { reference: 'I2021/00795' }],
    ['no government number in a diary number', 'Dnr RUN 2026/17', { reference: null }],
  ])('%s', (_label, text, expected) => {
    expect(block(text)).toMatchObject(expected);
  });

  it('states nothing for a text without a decision block', () => {
    expect(block('Ett pressmeddelande utan beslut.')).toEqual({
      date: null,
      decidedBy: null,
      capacity: null,
      presentedBy: null,
      delegationPoint: null,
      reportedToMeeting: null,
      legalBasis: [],
      appropriation: null,
      appealable: null,
      diaryNumber: null,
      externalCaseId: null,
      reference: null,
    });
  });
});
