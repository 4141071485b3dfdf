/**
 * The demo portfolio, read off the five seed documents (shared/seeds, see seeds/README.md). Amounts,
 * dates, periods, organisations and activity plans are the documents' own. Personal names are
 * replaced by fictional ones. Where a document is silent and the model needs a value, the value is
 * marked `// demo:` and chosen to be consistent with the documents.
 * Money here is whole kronor, as in the documents; the loader converts to öre.
 */

export const funderVasterbotten = {
  orgNumber: '232100-0222',
  name: 'Region Västerbotten',
  committee: 'Regionala utvecklingsnämnden',
  // Seed 001's diary number "REGAC - 317 - 2022" shows the format.
  diaryNumberFormat: 'REGAC - {seq} - {year}',
  delegationLimitSek: 1_200_000, // head of regional development decides up to 1 200 000 kr
  contact: 'projektmedel@regionvasterbotten.example',
  // demo: fictional payment details for refunds and recoveries (withdrawal and recovery letters print them).
  paymentDetails: 'Bankgiro 0000-0001 (demo), mottagare Region Västerbotten.',
  // demo: the letterhead; the address and switchboard are the region's public ones, the e-mail fictional.
  letterhead: {
    postalAddress: '901 89 Umeå',
    phone: '090-785 00 00',
    email: 'region@regionvasterbotten.example',
    website: 'www.regionvasterbotten.se',
  },
  // demo: standard conditions in our own words, printed in every grant letter the demo funder approves.
  standardConditions: [
    'Stödet får bara användas till det projekt och de aktiviteter som beslutet avser, inom projektperioden.',
    'Stödet betalas ut i efterhand mot redovisade, betalda och godkända kostnader, enligt rapporteringsplanen. Begäran om utbetalning och rapporter lämnas senast de datum som planen anger.',
    'Förskott kan lämnas om det finns särskilda skäl, med högst hälften av det beviljade stödet och högst 400 000 kr (förordning 2003:596); förskottet räknas av mot senare utbetalningar.',
    'Tio procent av det beviljade stödet hålls inne tills slutrapporten har godkänts och betalas ut med slututbetalningen.',
    'Ändringar av projektets tid, aktiviteter, budget eller finansiering ska godkännas av Region Västerbotten innan de genomförs.',
    'Stödmottagaren ska spara projektets handlingar och räkenskaper i minst tio år efter den sista utbetalningen och visa dem vid uppföljning eller revision.',
    'Stödet kan återkrävas helt eller delvis om villkoren inte följs, om stödet har lämnats på felaktiga grunder eller om projektet inte genomförs (förordning 2003:596).',
  ].join('\n\n'),
};

export const organizations = [
  { key: 'rvb', name: 'Region Västerbotten', orgNumber: '232100-0222', type: 'region' },
  { key: 'umu', name: 'Umeå universitet', orgNumber: '202100-2874', type: 'university' },
  { key: 'ltu', name: 'Luleå tekniska universitet', orgNumber: '202100-2841', type: 'university' },
  { key: 'tvv', name: 'Tillväxtverket', orgNumber: '202100-5026', type: 'state_agency' },
  // The press release names the company without its organisation number: unknown, so null.
  { key: 'hks', name: 'Handelskammarens Service, AC län AB', orgNumber: null, type: 'company' },
  { key: 'rjh', name: 'Region Jämtland Härjedalen', orgNumber: null, type: 'region' },
] as const;

export const strategy = {
  name: 'Regional utvecklingsstrategi för Västerbottens län (RUS)',
  priorities: [
    { code: '3', title: 'Västerbotten - en nära tillgänglig region' },
    { code: '3.1', parent: '3', title: 'Kapacitet för samverkan och samhandling' },
  ],
  aspectPolicy: 'Agenda för hållbar finansiering',
  aspects: ['Sammanhållen region', 'Hållbar regional tillväxt'],
};

export const appropriation11 = {
  code: '1:1',
  name: 'Regionala tillväxtåtgärder',
  expenditureArea: 'UO 19',
  // demo: year budgets; each is above the grants drawn on it that year.
  yearBudgetsSek: { 2023: 60_000_000, 2024: 58_000_000, 2025: 62_000_000, 2026: 65_000_000 } as Record<number, number>,
};

export const programmes = [
  {
    key: 'on',
    name: 'Regionalfondsprogrammet Övre Norrland 2021–2027',
    shortName: 'Övre Norrland',
    fund: 'ERDF',
    mainFunder: 'tvv',
    yearFrom: 2021,
    yearTo: 2027,
  },
  {
    key: 'mn',
    name: 'Regionalfondsprogrammet Mellersta Norrland 2014–2020',
    shortName: 'Mellersta Norrland',
    fund: 'ERDF',
    mainFunder: 'tvv',
    yearFrom: 2014,
    yearTo: 2020,
  },
] as const;

/**
 * demo: the committee's delegation order, in the style of a Swedish region's (points numbered by
 * ärendegrupp, each naming what is delegated, to whom, up to which amount). Seed 000 refers to its
 * ärendegrupp 1.1; the limit is the 1 200 000 kr above. Valid from before the demo's first decision, so
 * every demo decision is covered: the committee's grants at its meeting, DVIS as the chair's urgent
 * decision (KL 6 kap. 39 §, above 1.1's limit), DOVI's amendment under 1.3.
 */
export const delegationOrder = {
  validFrom: '2023-01-01',
  adoptedBy: 'Regionala utvecklingsnämnden 2022-12-08, § 112',
  chairCapacity: 'ordförande i regionala utvecklingsnämnden',
  points: [
    {
      number: '1.1',
      text: 'Beslut om regionalt projektstöd enligt förordning (2003:596) upp till 1 200 000 kr per projekt.',
      decisionKinds: ['grant'],
      deciderCapacity: 'verksamhetschef',
      amountLimitSek: 1_200_000,
    },
    {
      number: '1.2',
      text: 'Beslut om avslag på ansökan om regionalt projektstöd, och på begäran om ändring av beviljat stöd.',
      decisionKinds: ['reject'],
      deciderCapacity: 'verksamhetschef',
      amountLimitSek: null,
    },
    {
      number: '1.3',
      text: 'Beslut om ändring av beviljat projektstöd (projektperiod, aktiviteter, budget), när det beviljade stödet efter ändringen inte överstiger det belopp nämnden eller delegaten beviljat.',
      decisionKinds: ['amend'],
      deciderCapacity: 'verksamhetschef',
      amountLimitSek: null,
    },
    {
      number: '1.4',
      text: 'Beslut om återkallelse av uppdrag och fördelning av återbetalning mellan parterna.',
      decisionKinds: ['withdraw'],
      deciderCapacity: 'verksamhetschef',
      amountLimitSek: null,
    },
    {
      number: '1.5',
      text: 'Beslut om återkrav av utbetalt projektstöd enligt förordning (2003:596).',
      decisionKinds: ['recover'],
      deciderCapacity: 'verksamhetschef',
      amountLimitSek: null,
    },
    {
      number: '1.6',
      text: 'Beslut om avslut av projekt efter godkänd slutrapport.',
      decisionKinds: ['close'],
      deciderCapacity: 'verksamhetschef',
      amountLimitSek: null,
    },
  ],
};

/** Seed 000's urgent decision: why it could not wait, and whom the chair consulted (demo: the seed names the presidium). */
export const dvisUrgency = {
  ground:
    'Ansökan om medfinansiering till regionalfondsprogrammet Övre Norrland ska lämnas senast den 7 november 2023, före nämndens nästa sammanträde den 7 december 2023; nämndens beslut kunde därför inte avvaktas.',
  consulted: 'regionala utvecklingsnämndens presidium',
  consultedOn: '2023-11-06',
};

/** Fictional people; one demo user per role. */
export const people = {
  chair: {
    name: 'Lars Exempelsson (S)',
    email: 'ordforande@regionvasterbotten.example',
    org: 'rvb',
    role: 'decision_maker',
    capacity: 'ordförande i regionala utvecklingsnämnden',
    title: 'ordförande i regionala utvecklingsnämnden',
    phone: '070-000 00 01', // demo: fictional
  },
  headOfUnit: {
    name: 'Nina Provsdotter',
    email: 'verksamhetschef@regionvasterbotten.example',
    org: 'rvb',
    role: 'decision_maker',
    capacity: 'verksamhetschef',
    title: 'verksamhetschef',
    phone: '070-000 00 02', // demo: fictional
  },
  officer: {
    name: 'Tove Testsson',
    email: 'handlaggare@regionvasterbotten.example',
    org: 'rvb',
    role: 'case_officer',
    title: 'strateg för projektfinansiering',
    phone: '070-000 00 03', // demo: fictional
  },
  finance: { name: 'Frida Fiktiv', email: 'ekonomi@regionvasterbotten.example', org: 'rvb', role: 'finance_officer' },
  communications: {
    name: 'Kim Påhittad',
    email: 'kommunikation@regionvasterbotten.example',
    org: 'rvb',
    role: 'communications',
  },
  admin: { name: 'Alex Administratör', email: 'admin@regionvasterbotten.example', org: 'rvb', role: 'administrator' },
  applicant: { name: 'Sara Sökandesson', email: 'sokande@umu.example', org: 'umu', role: 'applicant' },
} as const;

export interface DemoActivity {
  number: string;
  title: string;
  start: string;
  end: string;
  costSek: number | null;
}

/** Seed 001: "Reviderad Tid- och aktivitetsplan" (listed costs sum to 3 333 015 kr). */
export const doviRevisedPlan: DemoActivity[] = [
  { number: '1', title: 'Uppstart', start: '2023-03-01', end: '2026-08-31', costSek: 150_000 },
  {
    number: '2',
    title: 'Jämställdhets- och jämlikhetsintegrering',
    start: '2023-03-01',
    end: '2026-08-31',
    costSek: 250_000,
  },
  {
    number: '3',
    title: 'Extern kommunikation och resultatspridning',
    start: '2023-03-01',
    end: '2026-08-31',
    costSek: 824_015,
  },
  { number: '4', title: 'Digitala strategier', start: '2023-05-01', end: '2026-08-31', costSek: null },
  { number: '4.1', title: 'Kunskapshöjning', start: '2023-05-01', end: '2025-12-31', costSek: 0 },
  { number: '4.2', title: 'Strategiarbete', start: '2023-08-31', end: '2025-12-31', costSek: 0 },
  { number: '5', title: 'Innovativ digitalisering', start: '2023-05-01', end: '2026-08-31', costSek: 1_863_000 },
  { number: '5.1', title: 'Kunskapshöjning', start: '2023-05-01', end: '2026-08-31', costSek: null },
  {
    number: '5.2',
    title: 'Handlingsplaner och verktyg för ökad innovativ digitalisering',
    start: '2023-08-31',
    end: '2025-12-31',
    costSek: 0,
  },
  { number: '6', title: 'Samverkan', start: '2023-03-01', end: '2026-08-31', costSek: null },
  { number: '6.1', title: 'Kartläggning', start: '2023-03-01', end: '2025-12-31', costSek: 0 },
  { number: '6.2', title: 'Etablering av samverkansgrupp/er', start: '2023-05-31', end: '2025-12-31', costSek: 0 },
  {
    number: '6.3',
    title: 'Genomförande av regelbundna samverkansträffar',
    start: '2023-08-31',
    end: '2025-12-31',
    costSek: 0,
  },
  { number: '7', title: 'Utvärdering och lärande', start: '2023-05-01', end: '2026-08-31', costSek: 96_000 },
  { number: '8', title: 'Avslutsarbete', start: '2026-01-01', end: '2026-08-31', costSek: 150_000 },
];

/**
 * demo: the original plan is not among the seeds; it is the revised plan with the original period
 * end (2026-02-28) wherever the revision moved an end to 2026-08-31, so the amendment's diff shows
 * exactly the six months' extension.
 */
export const doviOriginalPlan: DemoActivity[] = doviRevisedPlan.map((a) =>
  a.end === '2026-08-31' ? { ...a, end: '2026-02-28', start: a.number === '8' ? '2025-07-01' : a.start } : a,
);

export interface DemoGrant {
  key: string;
  name: string;
  acronym: string | null;
  owner: string;
  amountSek: number;
  periodStart: string;
  periodEnd: string;
  summary: string;
}

/** Seed 004: the eight grants of the committee meeting (their sum is 25 421 501 kr). */
export const meetingGrants: DemoGrant[] = [
  {
    key: 'dovi',
    name: 'Digital omställning i Västerbottens industrier DOVI',
    acronym: 'DOVI',
    owner: 'rvb',
    amountSek: 2_491_478,
    periodStart: '2023-03-01',
    periodEnd: '2026-02-28',
    summary:
      'Projektet syftar till att på kort sikt stärka Västerbottens industris små- och medelstora företags förutsättningar för att nyttja digitaliseringen för en grön och hållbar utveckling.',
  },
  {
    key: 'komp',
    name: 'Kompetensattraktion Västerbotten – långsiktig, hållbar kompetensförsörjning från kust till fjäll',
    acronym: null,
    owner: 'hks',
    amountSek: 893_984,
    periodStart: '2023-01-01',
    periodEnd: '2023-07-31',
    summary:
      'Projektet ska bidra till att säkerställa att individer som slutför gymnasiet, SFI och Vux, matchar arbetslivets behov genom systematisk och strukturell samverkan mellan arbetsliv och utbildningsväsende.',
  },
  {
    key: 'ram',
    name: 'Ramprojekt Västerbotten 2023-2025',
    acronym: null,
    owner: 'rvb',
    amountSek: 3_000_000,
    periodStart: '2023-01-01',
    periodEnd: '2026-04-30',
    summary:
      'Målet med projektet är att främja sysselsättning och företagande i Västerbottens län genom riktade insatser i form av direkta företagsstöd till små eller medelstora företag.',
  },
  {
    key: 'solh',
    name: 'Support Office for Life science and Health in Västerbotten (SOLH)',
    acronym: 'SOLH',
    owner: 'umu',
    amountSek: 524_994,
    periodStart: '2023-04-01',
    periodEnd: '2023-08-31',
    summary:
      'Projektet ska genom en sammanhållen funktion "one-stop-shop", för forsknings- och vårdnära stöd mellan stora offentliga aktörer, underlätta innovationsmöjligheterna för forskare, offentligt anställda och SME-företag.',
  },
  {
    key: 'dv2',
    name: 'Digitala Västerbotten 2.0',
    acronym: null,
    owner: 'rvb',
    amountSek: 5_940_000,
    periodStart: '2023-03-01',
    periodEnd: '2026-06-30',
    summary:
      'Projektet ska stödja länets kommuner att utveckla kapacitet och förmåga att möta nya krav och skapa bättre förutsättningar för digitalisering.',
  },
  {
    key: 'iot',
    name: 'Förstudie Regional IoT',
    acronym: null,
    owner: 'rvb',
    amountSek: 300_000,
    periodStart: '2023-03-31',
    periodEnd: '2024-02-29',
    summary:
      'Projektet ska genomföra en förstudie för att ta fram kravspecifikationer för tekniska och administrativa lösningar för mindre kommuner som i samverkan kan bygga upp sensornätverk (LoRaWAN).',
  },
  {
    key: 'small',
    name: 'SMArt Livskraftig Landsbygd (SMALL)',
    acronym: 'SMALL',
    owner: 'ltu',
    amountSek: 2_271_045,
    periodStart: '2023-02-16',
    periodEnd: '2025-12-31',
    summary:
      'Projektet vill skapa attraktiv, livskraftig och hållbar landsbygd och bygger på och utvidgar Digiby-projektet (digitala tjänster i byar).',
  },
  {
    key: 'true',
    name: 'TRUE - tillsammans för regional utveckling, etapp 2',
    acronym: 'TRUE',
    owner: 'rvb',
    amountSek: 10_000_000,
    periodStart: '2023-01-01',
    periodEnd: '2025-12-31',
    summary:
      'Projektet bygger vidare på lärdomar från tidigare satsningar och tar sin utgångspunkt i den regionala utvecklingsstrategin. Övergripande mål är att Västerbotten ska vara föregångare i omställning.',
  },
];

/** The intro of the meeting's press release, as seed 004 words it (its figure is generated). */
export const pressReleaseIntro =
  'De beviljade projekten följer intentionerna i den regionala utvecklingsstrategin och ska bidra till hållbar utveckling och en jämlik sammanhållen region med utåtriktad och integrerad utveckling av städer, landsbygd och glesbygd.';

/**
 * The press release's contact persons: seed 004 names one for more information and one press contact;
 * demo: fictional people and numbers in their place.
 */
export const pressReleaseContacts = [
  {
    name: 'Nina Provsdotter',
    title: 'Chef Företag- och projektfinansiering, Region Västerbotten',
    phone: '070-000 00 01',
    email: 'verksamhetschef@regionvasterbotten.example',
  },
  {
    name: 'Kim Påhittad',
    title: 'Strateg Externa relationer, Region Västerbotten',
    phone: '070-000 00 02',
    email: 'kommunikation@regionvasterbotten.example',
  },
];

/** The committee meeting that decided the eight grants. demo: seed 001 says DOVI's decision is of 2023-03-01. */
export const grantMeeting = { heldOn: '2023-03-01', location: 'Regionens hus, Umeå' };

/** Seed 000: DVIS, the chair's urgent decision (kommunallagen 6 kap. 39 §), reported to the committee on 2023-12-07. */
export const dvis = {
  name: 'Digitala Västerbotten i samverkan (DVIS)',
  acronym: 'DVIS',
  amountSek: 5_505_389,
  maxSharePercent: '50,00',
  approvedCostsSek: 11_010_777,
  periodStart: '2024-02-01',
  periodEnd: '2027-01-31',
  legalBasis: ['2003:596', '2015:210'],
  priority: '3.1',
  grades: { 'Sammanhållen region': 'high', 'Hållbar regional tillväxt': 'low' } as Record<string, 'high' | 'low'>,
  decidedOn: '2023-11-06', // demo: the seed gives no date; it precedes the 2023-11-07 programme deadline
  reportedToMeeting: '2023-12-07',
  summary:
    'Projektet DVIS ska lyfta kommunernas kompetens, förmåga och kapacitet till digitalisering genom samverkan och samhandling med fokus på ledningsförmåga samt grundläggande förutsättningar inom IT-arkitektur och informationssäkerhet.',
  description:
    'Vi befinner oss i en tid av omställning med nya samhällsutmaningar och en ständigt accelererande förändringstakt. Digitalisering är en grundläggande förutsättning för att Västerbottens kommuner ska kunna leverera välfärd och tjänster med bibehållen kvalitet och effektivitet. Ansökan avser medfinansiering till regionalfondsprogrammet Övre Norrland.',
};

/** Seed 001: the amendment of DOVI. */
export const doviAmendment = {
  diaryNumber: 'REGAC - 317 - 2022',
  nypsCaseId: '20359783',
  requestReceivedOn: '2025-08-28',
  decidedOn: '2025-08-29',
  extendMonths: 6,
  newPeriodEnd: '2026-08-31',
  legalBasis: ['2003:596'],
  reasons:
    'Region Västerbotten följer huvudfinansiär Tillväxtverkets beslut om att förlänga projektperioden med sex månader, till den 31 augusti 2026. Region Västerbotten bedömer att på grund av de omständigheter som orsakat förseningar av projektet är det lämpligt att förlänga projekttiden för att möjliggöra att uppsatta mål kan nås.',
  background:
    'Ni har den 2025-08-28 kommit in med en begäran om ändring av projektperioden. Projektet har initialt försenats på grund av problem med upphandling och har drabbats av sjukskrivningar.',
};

/** Seed 002: the withdrawn commission and the refund of the remaining 2018 funds. */
export const commission = {
  title: 'Projekt Digital transformation',
  committee: 'Nämnden för e-samverkan', // demo: the seed says only "nämnden"
  commissionedOn: '2019-06-03',
  surplusSek: 745_000, // "överskott på 745 tkr"
  preStudySek: 180_000, // demo: "delar av överskottet" went to a pre-study; the seed gives no figure
  closedOn: '2021-02-12', // demo: the seed is undated
  // demo: the seed's proposal is signed by the region's director (name fictional)
  presentedBy: { name: 'Henrik Demosson', title: 'regiondirektör' },
  caseDescription:
    'Den 3 juni 2019 uppdrog nämnden till e-strategen att skriva fram en projektansökan om Projekt Digital ' +
    'transformation och säkerställa medfinansiering från nämndens parter. Någon ansökan har inte skickats in. ' +
    'I årsredovisningen för 2018 redovisades ett överskott på 745 000 kr (745 tkr); delar av det, 180 000 kr, ' +
    'användes till en förstudie om samverkan kring IT-serverdrift. Resterande 565 000 kr kan inte längre ' +
    'reserveras och återbetalas parterna.',
  paymentDetails: 'Bankgiro 0000-0000 (demo). Ange diarienumret som referens.',
  // demo: each party's 2018 contribution (the seed lists the parties, not the amounts)
  parties: [
    { name: 'Bräcke kommun', contributionSek: 63_000 },
    { name: 'Krokoms kommun', contributionSek: 153_000 },
    { name: 'Strömsunds kommun', contributionSek: 113_000 },
    { name: 'Åre kommun', contributionSek: 117_000 },
    { name: 'Ragunda kommun', contributionSek: 53_000 },
    { name: 'Bergs kommun', contributionSek: 70_000 },
    { name: 'Härjedalens kommun', contributionSek: 100_000 },
  ],
};

/** Seed 003: the government's offer of a regional digitalisation coordinator function. */
export const stateDecision = {
  reference: 'I2021/00795',
  decidedOn: '2021-03-04',
  issuer: 'Regeringen',
  ministry: 'Infrastrukturdepartementet',
  title: 'Erbjudande att upprätthålla en funktion som regional digitaliseringskoordinator',
  yearFrom: 2021,
  yearTo: 2025,
  perRecipientPerYearSek: 1_000_000,
  appropriation: 'UO 22 anslag 2:4 Informationsteknik och telekommunikation, anslagspost 4',
  // The decision's conditions on the money and its reservation on later years, as it words them.
  conditions: [
    'Medlen för 2021 ska rekvireras senast den 15 november 2021 och medlen för 2022–2025 ska rekvireras senast den 31 mars respektive år hos Tillväxtverket med hänvisning till detta besluts diarienummer.',
    'Varje region och Gotlands kommun som rekvirerat medel ska senast den 31 januari respektive år 2022–2025, enligt anvisningar från Tillväxtverket, redovisa hur verksamheten har bedrivits.',
    'Senast den 26 februari respektive år ska eventuella outnyttjade medel återbetalas till Tillväxtverket.',
    'Redovisningar och eventuell återbetalning ska ske enligt anvisningar som Tillväxtverket tar fram.',
  ],
  reservation:
    'Beslut om medel för 2022–2025 fattas årligen efter riksdagens beslut med anledning av budgetpropositionen.',
  // "På regeringens vägnar": a public decision's signatories, as printed.
  signatories: ['Tomas Eneroth', 'Rebecka Lönnroth'],
  relatedReferences: ['N2018/04129'],
  // "senast den 15 november 2021" for 2021, "senast den 31 mars respektive år" for 2022–2025
  firstYearRequisition: '2021-11-15',
  laterRequisition: { month: 3, day: 31 },
  // account by 31 January and repay by 26 February "respektive år 2022–2025": for the year before
  account: { month: 1, day: 31, yearFrom: 2022, yearTo: 2025 },
  repayment: { month: 2, day: 26, yearFrom: 2022, yearTo: 2025 },
  recipients: [
    'Region Blekinge',
    'Region Dalarna',
    'Region Gävleborg',
    'Region Halland',
    'Region Jämtland Härjedalen',
    'Region Jönköpings län',
    'Region Kalmar län',
    'Region Kronoberg',
    'Region Norrbotten',
    'Region Skåne',
    'Region Stockholm',
    'Region Sörmland',
    'Region Uppsala',
    'Region Värmland',
    'Region Västernorrland',
    'Region Västerbotten',
    'Region Västmanland',
    'Västra Götalandsregionen',
    'Region Örebro län',
    'Region Östergötland',
    'Gotlands kommun',
  ],
};
