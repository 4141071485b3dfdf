import { parseSekDetailed, type LocalDate } from '../../domain/index.js';
import { emptyProject, type ExtractedProject } from '../contract.js';
import { joinLines, type DocumentText } from '../text.js';
import { splitSentences } from './deadlines.js';
import { findAmounts, findOrgNumbers, findPeriods, wholeKronor, type Amount, type Found } from './values.js';

/*
 * Lists in documents: the regions and municipalities a decision offers money to or involves ("Regeringen
 * erbjuder nedan angivna regioner …" followed by one name a line; "Beslutet skickas till"; parties named in
 * the text), and the projects of a press release (numbered blocks "1. Name / Projektägare X beviljas N kr /
 * Projektperiod: …", labelled blocks "Projektägare: / Belopp: / Projektperiod:", a table, or prose "X får
 * N kronor för projektet Y"). Only what the text states is taken; a missing value is null.
 */

// ---- Organisation names (regions, municipalities, county councils) ----

const CAP = '[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ]?[a-zåäöéü]+)?';
/** First words of municipality names of two words ("Upplands Väsby kommun", "Östra Göinge kommun"). */
const TWO_WORD_PREFIX = '(?:Upplands|Östra|Västra|Norra|Södra|Lilla|Stora|Övre|Nedre)';
/** Capitalised words that begin a sentence before "kommun" but name none: "Varje kommun", "Samtliga kommuner". */
const NOT_A_NAME = new Set(
  (
    'varje samtliga berörda berörd denna den det vilken annan övriga respektive alla ingen en någon egen hela ' +
    'aktuell vald deltagande medverkande enskild ansvarig din er vår min sökande per hem ny nya sin mottagande ' +
    'värd värdkommun samma'
  ).split(' '),
);

const LINE_NAME = new RegExp(
  `^(?:Region ${CAP}(?: ${CAP})?(?: län)?|(?:${CAP} )?${CAP} kommun|${CAP} läns landsting|` +
    `Landstinget (?:i )?${CAP}(?: ${CAP})?(?: län)?|(?:${CAP} )?${CAP}regionen)$`,
  'u',
);

/** A whole line (or list item) that is the name of a region, municipality or county council. */
export function isOrganisationName(s: string): boolean {
  const t = s.trim();
  if (!LINE_NAME.test(t)) return false;
  const first = t.split(' ')[0]!.toLowerCase();
  return !NOT_A_NAME.has(first);
}

const PROSE_NAME = new RegExp(
  `(?<![\\p{L}])(?:Region ${CAP} ${CAP}(?= ?[,.;:)]| och | samt |$)|Region ${CAP}(?: län(?![\\p{L}]))?|(?:${TWO_WORD_PREFIX} )?${CAP} kommuns?(?![\\p{L}])|` +
    `${CAP} läns landsting|Landstinget i ${CAP}(?: län)?|(?:Västra )?${CAP}regionen)`,
  'gu',
);

/** Names of regions and municipalities in running text, in order, once each, genitive "kommuns" read as "kommun". */
export function findOrganisationNames(text: string): string[] {
  const seen: string[] = [];
  for (const m of text.matchAll(PROSE_NAME)) {
    let name = m[0];
    if (NOT_A_NAME.has(name.split(' ')[0]!.toLowerCase())) continue;
    name = name.replace(/ kommuns$/, ' kommun');
    // "Region Västerbottens regionala utvecklingsnämnd": the region is "Region Västerbotten".
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (/^Region \S+s$/.test(name) && /^ [a-zåäö]/.test(next)) name = name.slice(0, -1);
    if (!seen.includes(name)) seen.push(name);
  }
  // "Region Jämtland" read from "Region Jämtland Härjedalen Östersunds kommun" (a list run together) is
  // part of a longer name found elsewhere in the text.
  return seen.filter((n) => !seen.some((other) => other !== n && other.startsWith(`${n} `)));
}

/** The items of a list line: "- Region X", "1. Region X,", "Region X, Region Y och Region Z". */
function listItems(line: string): string[] {
  return line
    .replace(/^(?:[-•*·]|\d{1,2}[.)])\s+/, '')
    .replace(/[,;.]+$/, '')
    .replace(/\s+(?:och|samt)$/, '')
    .split(/\s*[,;]\s*|\s+(?:och|samt)\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const OFFER =
  /(?<![\p{L}])(?:erbjuder|erbjuds|beviljar|beviljas|tilldelar|tilldelas|fördelar|fördelas|ger|uppdrar åt)(?![\p{L}])[^.]{0,200}?(?:nedan angivna|nedanstående|följande|nedan uppräknade|nedan listade|nedan nämnda)/iu;
const DISTRIBUTION =
  /^(?:beslutet (?:skickas|sänds|expedieras) till|sändlista|kopia till|utdrag till|expedieras till|beslut till|mottagare)\s*:?\s*$/i;

function namesFollowing(lines: readonly string[], from: number, skipProse: number): { names: string[]; end: number } {
  let i = from;
  // Skip the rest of the paragraph that introduced the list.
  for (let k = 0; k < skipProse && i < lines.length; k++) {
    if (listItems(lines[i]!).every(isOrganisationName) && listItems(lines[i]!).length) break;
    i++;
  }
  const names: string[] = [];
  for (; i < lines.length; i++) {
    const items = listItems(lines[i]!);
    if (items.length === 0 || !items.every(isOrganisationName)) break;
    names.push(...items);
  }
  return { names, end: i };
}

/**
 * The recipients an offer names: the names listed under the offer sentence ("Regeringen erbjuder nedan
 * angivna regioner och Gotlands kommun att …" then one region a line) and the names in the sentence itself.
 */
export function findOfferRecipients(doc: DocumentText): string[] {
  const { lines } = doc;
  const out: string[] = [];
  const add = (n: string) => {
    if (!out.includes(n)) out.push(n);
  };
  for (let i = 0; i < lines.length; i++) {
    // The offer sentence may be broken over a few lines.
    const window = joinLines(lines.slice(i, i + 3));
    const m = OFFER.exec(window);
    if (!m || m.index >= lines[i]!.length) continue;
    const { names } = namesFollowing(lines, i + 1, 6);
    const sentence = splitSentences(window.slice(m.index)).at(0)?.text ?? '';
    names.forEach(add);
    findOrganisationNames(sentence.slice(0, 400)).forEach(add);
    if (out.length) return out;
  }
  // No list: the regions and municipalities the offer sentence itself names ("Regeringen erbjuder Region X och Y …").
  const offer = splitSentences(doc.flat).find((s) => /(?<![\p{L}])(?:erbjuder|erbjuds)(?![\p{L}])/iu.test(s.text));
  return offer ? findOrganisationNames(offer.text) : [];
}

/** Regions and municipalities listed under "Beslutet skickas till", "Sändlista", "Kopia till", "Utdrag till". */
export function findDistributionNames(doc: DocumentText, headings: RegExp = DISTRIBUTION): string[] {
  const { lines } = doc;
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!headings.test(line)) return;
    // A distribution list also names authorities and units: keep the regions and municipalities, up to a prose line.
    for (let k = i + 1; k < Math.min(lines.length, i + 60); k++) {
      const l = lines[k]!;
      if (headings.test(l) || (/[.]$/.test(l) && l.split(' ').length > 8)) break;
      for (const item of listItems(l)) if (isOrganisationName(item) && !out.includes(item)) out.push(item);
    }
  });
  return out;
}

// ---- Projects of a press release ----

export interface ListedProject extends ExtractedProject {
  /** Offset in `doc.flat` where the project is first named (for "the text before the list"). */
  index: number;
}

const OWNER_LABEL = /^(?:projektägare|projektägaren|sökande|stödmottagare|mottagare)\s*:\s*(.+)$/i;
const NAME_LABEL = /^(?:projektnamn|projektets namn|projekt|namn)\s*:\s*(.+)$/i;
const AMOUNT_LABEL =
  /^(?:belopp|beviljat belopp|beviljat stöd|beviljade medel|beviljas|stöd|bidrag|stödbelopp)\s*(?:\([^)]*\))?\s*:\s*(.+)$/i;
const PERIOD_LABEL = /(?:projektperiod|projekttid|genomförandeperiod|period)\s*:\s*(.+)$/i;
const ANY_LABEL = new RegExp(
  [OWNER_LABEL, NAME_LABEL, AMOUNT_LABEL].map((r) => r.source.replace(/\(\.\+\)\$$/, '')).join('|') +
    '|^(?:projektperiod|projekttid|period|org\\.? ?nr|organisationsnummer)\\s*:',
  'i',
);
const INLINE_OWNER =
  /(?<![\p{L}])(?:projektägare|projektägaren|stödmottagare|sökande)(?: är)?\s*:?\s+(.+?),?\s+(?:beviljas|får|erhåller|tilldelas)(?![\p{L}])/iu;
const GRANT_WORD =
  /(?:beviljas|beviljades|beviljats|beviljat belopp|får|erhåller|tilldelas|tilldelades|belopp|stöd(?:belopp)?|bidrag)\s*(?:\([^)]*\))?\s*:?\s*(?:med|om|på)?\s*$/i;
/** Where the contact details and web-page furniture start after the list. */
const END_OF_LIST =
  /(?:för mer information|mer information|ytterligare information|presskontakt|kontaktpersoner?|kontakt)\s*:|^(?:ämnen|kategorier|bildbank|om region|kontakter)$/i;

const NUMBERED = /^(\d{1,2})[.)]\s+(\S.{1,200})$/;
const BULLET = /^[-•*·]\s+(\S.{1,200})$/;

/** The acronym a project name carries: "… (SOLH)", "… industrier DOVI", "TRUE - tillsammans …". */
export function acronymOf(name: string): string | null {
  const paren = /\(([A-ZÅÄÖ][A-ZÅÄÖ0-9-]{1,11})\)\s*$/.exec(name);
  if (paren) return paren[1]!;
  const words = name.split(/\s+/);
  const last = words.at(-1)!;
  if (words.length > 1 && /^[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{2,11}$/.test(last) && /[A-ZÅÄÖ]{3}/.test(last)) return last;
  const lead = /^([A-ZÅÄÖ][A-ZÅÄÖ0-9]{2,11})\s+-\s+\S/.exec(name);
  return lead ? lead[1]! : null;
}

const cleanName = (s: string) =>
  s
    .replace(/^["”“']|["”“':]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The amount granted in a piece of text: the first amount right after "beviljas", "får", "Belopp:" … */
function grantedAmount(text: string): Found<Amount> | null {
  for (const a of findAmounts(text)) {
    if (GRANT_WORD.test(text.slice(Math.max(0, a.index - 40), a.index))) return a;
  }
  return null;
}

function periodIn(text: string): { start: LocalDate; end: LocalDate } | null {
  const labelled = PERIOD_LABEL.exec(text);
  const p = (labelled ? findPeriods(labelled[1]!)[0] : undefined) ?? findPeriods(text)[0];
  return p ? p.value : null;
}

function projectFromBlock(blockLines: readonly string[], heading: string | null): ExtractedProject | null {
  const text = joinLines(blockLines);
  let name = heading;
  let owner: string | null = null;
  let amount: Found<Amount> | null = null;
  for (const line of blockLines) {
    const n = NAME_LABEL.exec(line);
    if (n && !name) name = n[1]!;
    const o = OWNER_LABEL.exec(line);
    if (o && !owner) owner = o[1]!;
    const a = AMOUNT_LABEL.exec(line);
    if (a && !amount) amount = findAmounts(a[1]!)[0] ?? null;
  }
  if (!owner) {
    const inline = INLINE_OWNER.exec(text);
    if (inline) owner = inline[1]!;
  }
  amount ??= grantedAmount(text);
  if (!name || (!owner && !amount)) return null;
  const p = emptyProject(cleanName(name));
  p.acronym = acronymOf(p.name);
  p.owner = owner ? cleanName(owner.replace(/,$/, '')) : null;
  p.ownerOrgNumber = findOrgNumbers(text)[0]?.value ?? null;
  p.amountSek = amount ? wholeKronor(amount.value) : null;
  const period = periodIn(text);
  p.periodStart = period?.start ?? null;
  p.periodEnd = period?.end ?? null;
  return p;
}

/** Lines of the list, cut where the contact details begin (even mid-line: "…2025-12-31För mer information:"). */
function listLines(lines: readonly string[]): { kept: string[]; ended: boolean } {
  const kept: string[] = [];
  for (const line of lines) {
    const m = END_OF_LIST.exec(line);
    if (m) {
      const before = line.slice(0, m.index).trim();
      if (before) kept.push(before);
      return { kept, ended: true };
    }
    kept.push(line);
  }
  return { kept, ended: false };
}

function headingText(line: string): string | null {
  if (NAME_LABEL.test(line)) return null;
  return NUMBERED.exec(line)?.[2] ?? BULLET.exec(line)?.[1] ?? line;
}

function parseBlock(
  lines: readonly string[],
  h: number,
  end: number,
): { project: ExtractedProject | null; ended: boolean } {
  const { kept, ended } = listLines(lines.slice(h + 1, end));
  const headLine = lines[h]!;
  const project = projectFromBlock(NAME_LABEL.test(headLine) ? [headLine, ...kept] : kept, headingText(headLine));
  return { project, ended };
}

/** Projects in blocks that start at the given lines; a start whose block names no owner or amount is part of the block before. */
function projectsFrom(lines: readonly string[], starts: readonly number[]): { h: number; p: ExtractedProject }[] {
  const segments: { h: number; end: number }[] = [];
  for (let k = 0; k < starts.length; k++) {
    const h = starts[k]!;
    const end = starts[k + 1] ?? lines.length;
    const { project, ended } = parseBlock(lines, h, end);
    if (project) segments.push({ h, end });
    else if (segments.length) segments.at(-1)!.end = end;
    if (ended) break;
  }
  return segments.flatMap(({ h, end }) => {
    const { project } = parseBlock(lines, h, end);
    return project ? [{ h, p: project }] : [];
  });
}

function blocksProjects(doc: DocumentText): ListedProject[] {
  const { lines } = doc;
  const starts = (test: (l: string, i: number) => boolean) =>
    lines.map((l, i) => (test(l, i) ? i : -1)).filter((i) => i >= 0);
  const tiers = [
    // "1. Name" or "Projekt: Name"
    starts((l) => (NUMBERED.test(l) && !/^\d{1,2}[.)]\s+\d/.test(l)) || NAME_LABEL.test(l)),
    // "- Name" / "• Name"
    starts((l) => BULLET.test(l)),
    // Unnumbered blocks: the name is the line before the "Projektägare:" line.
    lines
      .map((l, i) => (OWNER_LABEL.test(l) ? i - 1 : -1))
      .filter((i) => i >= 0 && !ANY_LABEL.test(lines[i]!) && !/^-/.test(lines[i]!)),
  ];
  for (const tier of tiers) {
    const found = projectsFrom(lines, tier);
    if (found.length) return found.map(({ h, p }) => ({ ...p, index: Math.max(0, doc.flat.indexOf(lines[h]!)) }));
  }
  return [];
}

const TABLE_COLUMNS: [keyof ExtractedProject | 'start' | 'end', RegExp][] = [
  ['acronym', /akronym|förkortning/i],
  ['ownerOrgNumber', /org/i],
  ['owner', /projektägare|sökande|stödmottagare|ägare|organisation/i],
  ['amountSek', /belopp|beviljat|stöd|bidrag|kronor|\bkr\b|tkr/i],
  ['start', /start|fr\.?o\.?m|från/i],
  ['end', /slut|t\.?o\.?m|till/i],
  ['periodStart', /period|projekttid/i],
  ['name', /projekt|namn|titel/i],
];

function tableProjects(doc: DocumentText): ListedProject[] {
  const rows = doc.lines.filter((l) => /^\|.*\|$/.test(l));
  if (rows.length < 2) return [];
  const cells = (l: string) =>
    l
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
  const header = cells(rows[0]!);
  const column = new Map<string, number>();
  header.forEach((h, i) => {
    const match = TABLE_COLUMNS.find(([key, re]) => re.test(h) && !column.has(key));
    if (match) column.set(match[0], i);
  });
  if (!column.has('name') || !column.has('amountSek')) return [];
  const amountHeader = header[column.get('amountSek')!]!;
  const unit = /tkr|tusen/i.test(amountHeader) ? 'tkr' : /mkr|mnkr|miljoner/i.test(amountHeader) ? 'mkr' : 'kr';
  const out: ListedProject[] = [];
  for (const row of rows.slice(1)) {
    if (/^\|[\s:|-]+\|$/.test(row)) continue;
    const c = cells(row);
    const get = (k: string) => (column.has(k) ? (c[column.get(k)!] ?? '') : '');
    const name = cleanName(get('name'));
    if (!name || /^(?:totalt|summa|total|sammanlagt)\b/i.test(name)) continue;
    const p = emptyProject(name);
    p.acronym = get('acronym') || acronymOf(name);
    p.owner = get('owner') || null;
    p.ownerOrgNumber = findOrgNumbers(get('ownerOrgNumber') || row)[0]?.value ?? null;
    const rawAmount = get('amountSek');
    const written = findAmounts(rawAmount)[0];
    const parsed = written ? null : parseSekDetailed(`${rawAmount} ${unit}`);
    p.amountSek = written ? wholeKronor(written.value) : parsed?.ok ? Math.round(parsed.value.ore / 100) : null;
    const period = column.has('periodStart')
      ? findPeriods(get('periodStart'))[0]?.value
      : findPeriods(`${get('start')} - ${get('end')}`)[0]?.value;
    p.periodStart = period?.start ?? null;
    p.periodEnd = period?.end ?? null;
    out.push({ ...p, index: Math.max(0, doc.flat.indexOf(row)) });
  }
  return out;
}

const PROSE_VERB = '(?:beviljas|beviljades|får|fick|erhåller|tilldelas|tilldelades)';
const PROJECT_NOUN = '(?:projektet|förstudien|satsningen|insatsen|förprojektet)';
const NAME_END = '(?=\\s*(?:[,;.]\\s|[,;.]$|$|\\s+(?:som|under|mellan|för perioden|från|och pågår|med start)\\s))';

function proseProjects(doc: DocumentText): ListedProject[] {
  const sentences = splitSentences(doc.flat);
  const ownerFirst = new RegExp(
    `^(?<owner>[A-ZÅÄÖ][^.;:]{1,100}?)\\s+${PROSE_VERB}\\s+(?<amount>[^.;]{1,40}?(?:kr|kronor|tkr|mkr|miljoner|miljon))\\s+(?:för|till)\\s+${PROJECT_NOUN}\\s+(?:["”“](?<quoted>[^"”“]+)["”“]|(?<name>[A-ZÅÄÖ0-9].*?)${NAME_END})`,
    'u',
  );
  const projectFirst = new RegExp(
    `(?:^|\\s)${PROJECT_NOUN.replace('projektet', '[Pp]rojektet')}\\s+(?:["”“](?<quoted>[^"”“]+)["”“]|(?<name>[A-ZÅÄÖ0-9][^,]*?)),?\\s+som\\s+(?:drivs|ägs|genomförs|leds)\\s+av\\s+(?<owner>[^,]+?),\\s+${PROSE_VERB}\\s+(?<amount>[^.;]{1,40}?(?:kr|kronor|tkr|mkr|miljoner|miljon))(?![\\p{L}])`,
    'u',
  );
  // "Dessutom beviljas Piteå Science Park AB 850 tkr för förstudien …"
  const verbFirst = new RegExp(
    `^${PROSE_VERB}\\s+(?<owner>[A-ZÅÄÖ][^.;:]{1,100}?)\\s+(?<amount>\\d[^.;]{0,30}?(?:kr|kronor|tkr|mkr|miljoner|miljon))\\s+(?:för|till)\\s+${PROJECT_NOUN}\\s+(?:["”“](?<quoted>[^"”“]+)["”“]|(?<name>[A-ZÅÄÖ0-9].*?)${NAME_END})`,
    'u',
  );
  const found: { p: ExtractedProject; sentence: number }[] = [];
  sentences.forEach((s, i) => {
    const text = s.text.replace(/^(?:Dessutom|Vidare|Även|Slutligen|Och|Samtidigt)\s+/, '');
    const m = ownerFirst.exec(text) ?? verbFirst.exec(text) ?? projectFirst.exec(text);
    if (!m?.groups) return;
    const g = m.groups;
    const amount = findAmounts(g.amount!)[0];
    const name = cleanName(g.quoted ?? g.name ?? '');
    if (!name || !amount) return;
    const p = emptyProject(name.replace(/\s*\(([^)]+)\)$/, (all) => (acronymOf(name) ? all : '')));
    p.acronym = acronymOf(name);
    p.owner = cleanName(g.owner!);
    p.amountSek = wholeKronor(amount.value);
    p.ownerOrgNumber = findOrgNumbers(s.text)[0]?.value ?? null;
    found.push({ p, sentence: i });
  });
  return found.map(({ p, sentence }, k) => {
    // The period: in the project's sentence, else in the sentences up to the next project.
    const until = found[k + 1]?.sentence ?? sentences.length;
    const text = sentences
      .slice(sentence, until)
      .map((s) => s.text)
      .join(' ');
    const cut = END_OF_LIST.exec(text);
    const period = periodIn(cut ? text.slice(0, cut.index) : text);
    return {
      ...p,
      periodStart: period?.start ?? null,
      periodEnd: period?.end ?? null,
      index: sentences[sentence]!.index,
    };
  });
}

/** The projects a press release lists, in the order written: a table, numbered or labelled blocks, or prose. */
export function findProjectList(doc: DocumentText): ListedProject[] {
  const table = tableProjects(doc);
  if (table.length) return table;
  const blocks = blocksProjects(doc);
  if (blocks.length) return blocks;
  return proseProjects(doc);
}
