import { SWEDISH_MONTHS } from '../domain/index.js';

/*
 * Synthetic legacy documents for the import benchmark (docs/scaling.md): grant decisions, amendments, press
 * releases, state allocations and closures in the shapes of the seed genres, with varied wording,
 * names, amounts and dates from a seeded generator — the same run always makes the same documents.
 * The line breaks fall where a PDF's would, inside phrases and amounts' sentences.
 */

/** A small deterministic generator (mulberry32), so benchmark runs compare like with like. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['Västerbotten', 'Norrbotten', 'Jämtland Härjedalen', 'Västernorrland', 'Dalarna', 'Värmland'];
const OWNERS = [
  'Umeå universitet',
  'Luleå tekniska universitet',
  'Skellefteå kommun',
  'Region Västerbotten',
  'Mittuniversitetet',
  'Almi Företagspartner Nord AB',
  'Lycksele kommun',
];
const TOPICS = ['digitalisering', 'vätgas', 'kompetensförsörjning', 'besöksnäring', 'life science', 'skogsindustri'];
const PEOPLE = ['Anna Berg', 'Johan Lind', 'Maria Holm', 'Erik Sjöberg', 'Karin Nyström', 'Lars Öberg'];

const sek = (n: number) => n.toLocaleString('sv-SE').replace(/\u00a0/g, ' ');
const pad = (n: number) => String(n).padStart(2, '0');

export function generateLegacyDocuments(count: number, seed = 2026): { name: string; text: string; genre: string }[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
  const longDate = (y: number, m: number, d: number) => `${d} ${SWEDISH_MONTHS[m - 1]} ${y}`;

  const grant = (i: number) => {
    const region = pick(REGIONS);
    const owner = pick(OWNERS);
    const topic = pick(TOPICS);
    const costs = int(400, 20_000) * 1000 + int(0, 999);
    const share = pick([40, 45, 50, 60]);
    const amount = Math.round((costs * share) / 100);
    const y = int(2022, 2026);
    const person = pick(PEOPLE);
    return [
      `Regionala utvecklingsnämnden`,
      `Datum ${iso(y, int(1, 12), int(1, 28))}`,
      `Diarienummer RUN ${y}/${int(10, 999)}`,
      ``,
      `Projektärende - ${topic} i ${region} (P${i})`,
      `Beslut`,
      `Beslut fattas av ${person} i egenskap av Regionala utvecklingsnämndens ordförande att`,
      `${owner} beviljas ${sek(amount)} kr, dock högst ${share},00 % av godkända kostnader uppgående till`,
      `${sek(costs)} kr för projektet ${topic} i ${region} (P${i}) för projektperioden ${iso(y + 1, 1, 1)}`,
      `- ${iso(y + 3, 12, 31)}. Beslutet har fattats med stöd av förordning (2003:596) om bidrag för`,
      `projektverksamhet inom den regionala tillväxtpolitiken.`,
      `Medel disponeras ur anslaget 1:1.`,
      `Beslutet är fattat på delegation enligt delegationsordningens ärendegrupp 1.1 och anmäls till`,
      `nämndens sammanträde den ${longDate(y, int(1, 12), int(1, 28))}.`,
      `${person}, ordförande`,
    ].join('\n');
  };

  const amendment = (i: number) => {
    const y = int(2022, 2025);
    const lines = [
      `Beslut om ändring`,
      `Diarienummer REGAC - ${int(1, 900)} - ${y}`,
      `Projekt: ${pick(TOPICS)} ${pick(REGIONS)} (A${i})`,
      `Stödmottagare: ${pick(OWNERS)}`,
      `Projektperioden förlängs till och med ${iso(y + 3, 8, 31)}. Projektperiod ${iso(y, 3, 1)} - ${iso(y + 3, 8, 31)}.`,
      `Beslutet kan inte överklagas.`,
      `Reviderad tid- och aktivitetsplan`,
    ];
    for (let n = 1; n <= int(3, 9); n++) {
      lines.push(`${n} Aktivitet ${n} om ${pick(TOPICS)} ${iso(y, int(3, 12), 1)} ${iso(y + 2, int(1, 12), 28)}`);
      lines.push(`${sek(int(20, 900) * 1000)} kr`);
    }
    lines.push(`Beslut i ärendet har fattats av ${pick(PEOPLE)} efter föredragning av ${pick(PEOPLE)}.`);
    return lines.join('\n');
  };

  const pressRelease = () => {
    const n = int(3, 9);
    const amounts = Array.from({ length: n }, () => int(200, 9000) * 1000 + int(0, 999));
    const total = amounts.reduce((a, b) => a + b, 0);
    const y = int(2022, 2026);
    return [
      `Pressmeddelande ${longDate(y, int(1, 12), int(1, 28))}`,
      `Regionala utvecklingsnämnden beviljar ${(total / 1e6).toFixed(1).replace('.', ',')} miljoner kronor till ${n} projekt`,
      ...amounts.flatMap((a, k) => [
        `${pick(TOPICS)} ${k + 1}`,
        `Projektägare ${pick(OWNERS)} beviljas ${sek(a)} kr.`,
        `Projektperiod: ${iso(y, int(1, 6), 1)} - ${iso(y + 2, int(7, 12), 28)}`,
      ]),
    ].join('\n');
  };

  const stateAllocation = () => {
    const y = int(2019, 2024);
    return [
      `${iso(y, int(1, 12), int(1, 28))}`,
      `I${y}/0${int(1000, 9999)}`,
      `Regeringens beslut`,
      `Regeringen erbjuder nedan angivna regioner att under perioden ${y}-${y + 4} ta del av medel.`,
      ...REGIONS.map((r) => `Region ${r}`),
      `Varje region kan rekvirera högst ${sek(int(5, 20) * 100_000)} kronor per år.`,
      `Medlen ska rekvireras senast den 15 november ${y} för ${y} och senast den 31 mars respektive år ${y + 1}-${y + 4}.`,
      `En redovisning ska lämnas senast den 31 januari varje år ${y + 1}-${y + 4}.`,
    ].join('\n');
  };

  const closure = () =>
    [
      `Gemensamma nämnden`,
      `Återkallande av uppdrag och avslut av ärende`,
      `Nämnden beslutar att uppdraget återkallas och att ärendet avslutas.`,
      `Kvarvarande medel om ${int(100, 900)} tkr återbetalas till ${pick(OWNERS)} och ${pick(OWNERS)}.`,
    ].join('\n');

  const makers = [
    ['grant_decision', grant],
    ['grant_decision', grant],
    ['grant_decision', grant],
    ['amendment_decision', amendment],
    ['press_release', pressRelease],
    ['state_allocation', stateAllocation],
    ['closure', closure],
  ] as const;
  return Array.from({ length: count }, (_, i) => {
    const [genre, make] = makers[i % makers.length]!;
    return { name: `synthetic-${String(i).padStart(5, '0')}.txt`, text: make(i), genre };
  });
}
