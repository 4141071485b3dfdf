import { SWEDISH_MONTHS, yearlyDeadlines, type BusinessDayRule, type LocalDate } from '../../domain/index.js';
import { findDates } from './values.js';

/*
 * Deadlines as state decisions and grant conditions write them: "senast den 15 november 2021", "senast den
 * 31 mars respektive år 2022–2025", "senast den 31 mars 2022, 2023, 2024 och 2025", "senast den 31 januari
 * varje år under 2022–2025", or a day without a year ("Senast den 26 februari respektive år ska …") whose
 * years the sentence (or the sentence before) gives. Each deadline is expanded to one date per year by
 * the domain's `yearlyDeadlines` and classified by the verb that governs it: rekvirera → requisition,
 * redovisa → account, återbetala → repayment. A deadline whose years the text does not give has no dates.
 */

export type DeadlineKind = 'requisition' | 'account' | 'repayment';

export interface Deadline {
  kind: DeadlineKind | null;
  dates: LocalDate[];
  /** Offset of the phrase ("senast den 31 mars …") in the searched text, and the phrase as written. */
  index: number;
  raw: string;
}

export interface Sentence {
  text: string;
  index: number;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATION =
  /(?:^|[\s(])(?:(?:[a-zåäö]\.){1,3}|(?:t\.ex|bl\.a|m\.m|o\.s\.v|s\.k|fr\.o\.m|t\.o\.m|m\.fl|p\.g\.a|d\.v\.s|dvs|jfr|resp|ap|kap|nr|st|enl|dnr|ca|kl|tel|org|inkl|exkl)\.)$/i;

/** Running text cut into sentences (with their offsets); a full stop after an abbreviation does not cut. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]\s+(?=[A-ZÅÄÖÉ"”“–-])/g)) {
    const end = m.index + 1;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 12), end))) continue;
    out.push({ text: text.slice(start, end), index: start });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), index: start });
  return out;
}

const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(SWEDISH_MONTHS.map((m, i) => [m, i + 1]));
const MONTH = Object.keys(MONTHS).join('|');

const Y = '(?:19|20)\\d{2}';
// A year on its own: not part of a date ("2021-03-04"), an SFS number ("2010:630") or a case number ("I2021/00795").
const YEAR = `(?<![\\p{L}\\d/:.,-])${Y}(?![\\d/:]|-\\d{1,2}(?!\\d))`;
const YEAR_END = `${Y}(?![\\d/:]|-\\d{1,2}(?!\\d))`;
const RANGE_SEP = '\\s?(?:-|till(?: och med)?|t\\.\\s?o\\.\\s?m\\.?|tom)\\s?';
const LIST_SEP = '\\s?(?:,|och|samt|respektive|resp\\.)\\s?';
const YEARS = `${YEAR}(?:${RANGE_SEP}${YEAR_END}|(?:${LIST_SEP}${YEAR_END})+)?`;
const YEARS_RE = new RegExp(YEARS, 'giu');

/** The years a year expression names: "2022–2025" (normalised "2022-2025"), "2022, 2023 och 2025", "2021". */
export function yearsOf(expression: string): number[] {
  const range = new RegExp(`^(${Y})${RANGE_SEP}(${Y})$`, 'i').exec(expression.trim());
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to < from || to - from > 50) return [];
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  return [...expression.matchAll(new RegExp(Y, 'g'))].map((m) => Number(m[0]));
}

interface YearMention {
  years: number[];
  index: number;
  end: number;
}

/** Every year expression of a text, except the years of full dates ("15 november 2021", "2021-03-04"). */
export function findYearMentions(text: string): YearMention[] {
  const dates = findDates(text).map((d) => [d.index, d.index + d.length] as const);
  const out: YearMention[] = [];
  for (const m of text.matchAll(YEARS_RE)) {
    const end = m.index + m[0].length;
    if (dates.some(([a, b]) => m.index < b && end > a)) continue;
    const years = yearsOf(m[0]);
    if (years.length) out.push({ years, index: m.index, end });
  }
  return out;
}

const PHRASE = new RegExp(
  `(?<![\\p{L}])(?:senast|sista dag(?:en)?(?: för [\\p{L} ]{1,40}?)? (?:är|blir))\\s+(?:den\\s+|per\\s+)?` +
    `(?:(\\d{1,2}|sista)(?::?[ea])?\\s+(${MONTH})(?![\\p{L}])|(\\d{4}-\\d{2}-\\d{2})(?!\\d))`,
  'giu',
);
// What may follow the day and month: the years it applies to, with the words that introduce them.
const TAIL = new RegExp(
  `^\\.?,?\\s*(?:(?:respektive|varje|vart|för varje|under varje)\\s+år\\s+(?:under\\s+)?(?:(?:åren|perioden)\\s+)?|` +
    `årligen\\s+(?:under\\s+)?(?:(?:åren|perioden)\\s+)?|(?:under\\s+)?(?:åren|perioden)\\s+|år\\s+)?(${YEARS})`,
  'iu',
);
const NEXT_YEAR = /^\.?,?\s*(?:året efter|påföljande år|efterföljande år|året därpå|följande år)(?![\p{L}])/iu;
const BUSINESS_DAY =
  /(?:närmast följande|nästkommande|närmast efterföljande|första)\s+(?:vardag|bankdag|arbetsdag|helgfria vardag)|infaller på en (?:lördag|söndag|helgdag)/i;

const VERBS: { kind: DeadlineKind; re: RegExp }[] = [
  {
    kind: 'requisition',
    re: /(?<![\p{L}])(?:rekvirera(?:s|r)?|rekvisition(?:en|er|erna)?|rekvirering(?:en)?)(?![\p{L}])/giu,
  },
  {
    kind: 'account',
    re: /(?<![\p{L}])(?:redovisa(?:s|r)?|redovisning(?:en|ar|arna)?|återrapportera(?:s|r)?|återrapportering(?:en|ar)?|slutrapport(?:en|er)?|rapportera(?:s)?|rapport(?:en)?)(?![\p{L}])/giu,
  },
  {
    kind: 'repayment',
    re: /(?<![\p{L}])(?:återbetala(?:s|r)?|återbetalning(?:en|ar)?|betala(?:s|r)? tillbaka|återföra(?:s)?|återförs|återlämna(?:s)?)(?![\p{L}])/giu,
  },
];

/** The kind of the verb nearest to the phrase within its clause (finite past forms such as "rekvirerat" do not count). */
function classify(clause: string, phraseStart: number, phraseEnd: number): DeadlineKind | null {
  let best: { kind: DeadlineKind; distance: number } | null = null;
  for (const { kind, re } of VERBS) {
    for (const m of clause.matchAll(re)) {
      const end = m.index + m[0].length;
      const distance = end <= phraseStart ? phraseStart - end : Math.max(0, m.index - phraseEnd);
      if (!best || distance < best.distance) best = { kind, distance };
    }
  }
  return best?.kind ?? null;
}

function expand(month: number, day: number | 'last', years: readonly number[], rule: BusinessDayRule): LocalDate[] {
  const out: LocalDate[] = [];
  for (const year of years) {
    try {
      out.push(...yearlyDeadlines({ month, day, yearFrom: year, yearTo: year, businessDayRule: rule }));
    } catch {
      // A day the year does not have (29 February): the text does not give a date that year.
    }
  }
  return out;
}

// Further dates of the same deadline: "senast den 31 mars 2024 respektive den 31 mars 2025".
const MORE = new RegExp(
  `^\\s*(?:,|och|samt|respektive)\\s+(?:senast\\s+)?(?:den\\s+)?(\\d{1,2})(?::?[ea])?\\s+(${MONTH})\\s+(${Y})(?![\\d/:])`,
  'iu',
);

/** Every deadline phrase of a text, expanded to its dates and classified by its verb. */
export function findDeadlines(text: string): Deadline[] {
  const out: Deadline[] = [];
  // The years a sentence leaves for the next one: those of its last deadline, else its last year mention.
  let carried: number[] | undefined;
  splitSentences(text).forEach((sentence, si, sentences) => {
    const s = sentence.text;
    const mentions = findYearMentions(s);
    const phrases = [...s.matchAll(PHRASE)].map((m) => {
      let end = m.index + m[0].length;
      const tail = m[3] ? null : TAIL.exec(s.slice(end, end + 80));
      if (tail) end += tail[0].length;
      const nextYear = m[3] || tail ? null : NEXT_YEAR.exec(s.slice(end, end + 40));
      if (nextYear) end += nextYear[0].length;
      const more: { day: number; month: number; year: number }[] = [];
      for (let x = MORE.exec(s.slice(end, end + 60)); x; x = MORE.exec(s.slice(end, end + 60))) {
        more.push({ day: Number(x[1]), month: MONTHS[x[2]!.toLowerCase()]!, year: Number(x[3]) });
        end += x[0].length;
      }
      return { m, tail, nextYear: nextYear !== null, more, start: m.index, end };
    });
    const previous = carried;
    carried = mentions.at(-1)?.years;
    if (phrases.length === 0) return;
    const following = sentences[si + 1]?.text ?? '';
    const rule: BusinessDayRule = BUSINESS_DAY.test(s) || BUSINESS_DAY.test(following) ? 'next_business_day' : 'none';

    phrases.forEach((p, pi) => {
      const clauseStart = pi > 0 ? phrases[pi - 1]!.end : 0;
      const clauseEnd = pi + 1 < phrases.length ? phrases[pi + 1]!.start : s.length;
      const clause = s.slice(clauseStart, clauseEnd);
      // "… ska redovisas senast 2024-03-01 för 2023 och senast 2025-03-01 för 2024": a phrase without a verb
      // of its own continues the deadline before it.
      const kind = classify(clause, p.start - clauseStart, p.end - clauseStart) ?? (pi > 0 ? out.at(-1)!.kind : null);
      const raw = s.slice(p.start, p.end);
      let dates: LocalDate[];
      if (p.m[3]) {
        dates = findDates(p.m[3]).map((d) => d.value);
      } else {
        const month = MONTHS[p.m[2]!.toLowerCase()]!;
        const day = /^sista$/i.test(p.m[1]!) ? 'last' : Number(p.m[1]);
        let years: number[];
        if (p.tail) years = yearsOf(p.tail[1]!);
        else {
          // The years of the clause: the nearest mention before the phrase in this sentence, else after it,
          // else those the sentence before left ("Senast den 26 februari respektive år …").
          const before = mentions.filter((y) => y.end <= p.start).at(-1);
          const afterIt = mentions.find((y) => y.index >= p.end);
          years = (before ?? afterIt)?.years ?? previous ?? [];
        }
        if (years.length) carried = years;
        if (p.nextYear) years = years.map((y) => y + 1);
        dates = expand(month, day, years, rule);
      }
      for (const x of p.more) dates.push(...expand(x.month, x.day, [x.year], rule));
      out.push({ kind, dates, index: sentence.index + p.start, raw });
    });
  });
  return out;
}

export interface DeadlinesByKind {
  requisitionDeadlines: LocalDate[];
  accountDeadlines: LocalDate[];
  repaymentDeadlines: LocalDate[];
}

/**
 * The three deadline lists of a state allocation (docs/domain/import.md, "The extraction"), each in date order without
 * duplicates.
 */
export function deadlinesByKind(text: string): DeadlinesByKind {
  const found = findDeadlines(text);
  const of = (kind: DeadlineKind) => [...new Set(found.filter((d) => d.kind === kind).flatMap((d) => d.dates))].sort();
  return {
    requisitionDeadlines: of('requisition'),
    accountDeadlines: of('account'),
    repaymentDeadlines: of('repayment'),
  };
}
