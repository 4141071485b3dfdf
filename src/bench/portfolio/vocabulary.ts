import { demoMunicipalities } from '../../server/seed/demo-municipalities.js';
import * as demo from '../../server/seed/demo-data.js';

/*
 * The words the synthetic portfolio is made of: the demo data's municipalities, counties, funder,
 * strategy, aspects, appropriation and programmes, and the kind of names, themes and activities the seed
 * documents show. Personal names are fictional.
 */

export const MUNICIPALITIES = demoMunicipalities;

/** The three funders, one per county of the demo municipalities; the first is the demo data's own. */
export const FUNDERS = [
  {
    name: demo.funderVasterbotten.name,
    orgNumber: demo.funderVasterbotten.orgNumber,
    short: 'Västerbotten',
    county: 'Västerbottens län',
    seat: '2480',
    diaryNumberFormat: demo.funderVasterbotten.diaryNumberFormat,
    weight: 5,
  },
  {
    name: 'Region Norrbotten',
    orgNumber: null,
    short: 'Norrbotten',
    county: 'Norrbottens län',
    seat: '2580',
    diaryNumberFormat: 'RUN {year}/{seq}',
    weight: 3,
  },
  {
    name: 'Region Jämtland Härjedalen',
    orgNumber: null,
    short: 'Jämtland Härjedalen',
    county: 'Jämtlands län',
    seat: '2380',
    diaryNumberFormat: 'RJH-{year}-{seq:4}',
    weight: 2,
  },
] as const;

export const COMMITTEE = demo.funderVasterbotten.committee;
export const DELEGATION_LIMIT_SEK = demo.funderVasterbotten.delegationLimitSek;
export const APPROPRIATION = demo.appropriation11;
export const PROGRAMMES = demo.programmes;
export const ASPECTS = demo.strategy.aspects;
export const ASPECT_POLICY = demo.strategy.aspectPolicy;

/** Organisations every portfolio has (the demo data's universities and agency, and two more of each). */
export const ANCHOR_ORGANISATIONS = [
  ...demo.organizations
    .filter((o) => o.type === 'university' || o.type === 'state_agency')
    .map((o) => ({
      name: o.name,
      orgNumber: o.orgNumber,
      type: o.type,
      seat: o.key === 'ltu' ? '2580' : '2480',
    })),
  { name: 'Mittuniversitetet', orgNumber: null, type: 'university', seat: '2380' },
  { name: 'Sveriges lantbruksuniversitet', orgNumber: null, type: 'university', seat: '2480' },
  { name: 'Trafikverket', orgNumber: null, type: 'state_agency', seat: '2582' },
  { name: 'Länsstyrelsen Västerbottens län', orgNumber: null, type: 'state_agency', seat: '2480' },
] as const;

/** Priorities of each funder's regional development strategy: code, title (the demo's 3 and 3.1 among them). */
export const PRIORITY_THEMES: readonly { code: string; title: string; subs: readonly string[] }[] = [
  {
    code: '1',
    title: 'en region med livskraft',
    subs: ['Attraktiva livsmiljöer', 'Kultur och fritid för alla', 'Hälsa och välfärd'],
  },
  {
    code: '2',
    title: 'ett hållbart och konkurrenskraftigt näringsliv',
    subs: ['Innovation och entreprenörskap', 'Grön omställning', 'Kompetensförsörjning'],
  },
  {
    code: '3',
    title: 'en nära tillgänglig region',
    // The demo strategy's sub-priority 3.1.
    subs: ['Kapacitet för samverkan och samhandling', 'Digital infrastruktur', 'Hållbara transporter'],
  },
  { code: '4', title: 'en region i världen', subs: ['Internationell samverkan', 'Besöksnäring'] },
];

/** A theme: how a project name begins, and what its summary says it works for. */
export const THEMES = [
  { name: 'Digitala', about: 'digitalisering och digital omställning' },
  { name: 'Digital omställning i', about: 'digital omställning i små och medelstora företag' },
  { name: 'Vätgas', about: 'vätgas och fossilfri energi' },
  { name: 'Kompetensattraktion', about: 'kompetensförsörjning och kompetensattraktion' },
  { name: 'Kompetensförsörjning', about: 'kompetensförsörjning inom vård och industri' },
  { name: 'Besöksnäring', about: 'en hållbar besöksnäring året runt' },
  { name: 'Life science', about: 'life science och hälsoinnovation' },
  { name: 'Skogsindustri', about: 'förädling av skogsråvara' },
  { name: 'Cirkulära', about: 'cirkulär ekonomi och återbruk' },
  { name: 'Elektrifiering av', about: 'elektrifiering av transporter och industri' },
  { name: 'Batterikluster', about: 'batteriproduktion och återvinning av batterier' },
  { name: 'Smart industri', about: 'automation och smart industri' },
  { name: 'Innovationsmiljö', about: 'innovation och forskningssamverkan' },
  { name: 'Kulturella och kreativa näringar', about: 'kulturella och kreativa näringar' },
  { name: 'Entreprenörskap', about: 'entreprenörskap och nyföretagande' },
  { name: 'Landsbygdsutveckling', about: 'service och utveckling på landsbygden' },
  { name: 'Bredband', about: 'bredbandsutbyggnad och digital infrastruktur' },
  { name: 'Välfärdsteknik', about: 'välfärdsteknik i hemtjänst och vård' },
  { name: 'Arktisk testbädd', about: 'testverksamhet i arktiskt klimat' },
  { name: 'Energieffektivisering', about: 'energieffektivisering i fastigheter' },
  { name: 'Integration', about: 'etablering av nyanlända på arbetsmarknaden' },
  { name: 'Ungt företagande', about: 'ungdomars företagande och framtidstro' },
  { name: 'Hållbara transporter', about: 'hållbara transporter och kollektivtrafik' },
  { name: 'Matproduktion', about: 'lokal livsmedelsproduktion och förädling' },
] as const;

export const NAME_SUFFIXES = ['', '', '', ' 2.0', ' – förstudie', ' – genomförande', ' i samverkan', ' steg 2'];

export const PURPOSES = [
  'Projektet syftar till att stärka',
  'Projektet ska bidra till',
  'Målet med projektet är att utveckla',
  'Projektet ska genom samverkan mellan offentliga aktörer och näringsliv främja',
];

export const MEANS = [
  'kartläggning, kunskapshöjning och gemensamma handlingsplaner',
  'riktade insatser för små och medelstora företag',
  'nätverk, testbäddar och pilotprojekt',
  'samverkan mellan kommuner, akademi och näringsliv',
  'utbildningsinsatser och erfarenhetsutbyte',
];

/** Main activities in plan order; the first and last are every plan's own. */
export const FIRST_ACTIVITY = 'Uppstart';
export const LAST_ACTIVITY = 'Avslutsarbete';
export const ACTIVITIES = [
  'Projektledning och administration',
  'Jämställdhets- och jämlikhetsintegrering',
  'Extern kommunikation och resultatspridning',
  'Kartläggning',
  'Behovsanalys',
  'Digitala strategier',
  'Pilotverksamhet',
  'Samverkan',
  'Kompetensinsatser för företag',
  'Testbädd och demonstrationsmiljö',
  'Utvärdering och lärande',
];
export const SUB_ACTIVITIES = [
  'Kunskapshöjning',
  'Strategiarbete',
  'Etablering av samverkansgrupp',
  'Genomförande av regelbundna samverkansträffar',
  'Handlingsplaner och verktyg',
  'Workshoppar med företag',
  'Studiebesök',
];

export const COMPANY_WORDS = [
  'Energi',
  'Teknik',
  'Digital',
  'Skog',
  'Bygg',
  'Innovation',
  'Mat',
  'Turism',
  'Konsult',
  'Data',
  'Fiber',
  'Vätgas',
  'Batteri',
  'Design',
  'Hälsa',
  'Logistik',
];
export const COMPANY_FORMS = ['AB', 'AB', 'Utveckling AB', 'Företagspartner AB', 'Holding AB'];
export const ASSOCIATION_FORMS = [
  (place: string) => `${place} Företagarförening`,
  (place: string) => `Föreningen Levande ${place}`,
  (place: string) => `Stiftelsen ${place} Science Park`,
  (place: string) => `${place} Idrottsallians`,
  (place: string) => `Hushållningssällskapet ${place}`,
];
export const ECONOMIC_ASSOCIATION_FORMS = [
  (place: string) => `${place} Fiber ekonomisk förening`,
  (place: string) => `Byaföreningen ${place} ek. för.`,
  (place: string) => `${place} Bygdeutveckling ek. för.`,
];

export const FIRST_NAMES = [
  'Anna',
  'Johan',
  'Maria',
  'Erik',
  'Karin',
  'Lars',
  'Sara',
  'Nils',
  'Elin',
  'Per',
  'Ida',
  'Oskar',
];
export const SURNAMES = [
  'Berg',
  'Lind',
  'Holm',
  'Sjöberg',
  'Nyström',
  'Öberg',
  'Lundgren',
  'Marklund',
  'Forsberg',
  'Åström',
];
