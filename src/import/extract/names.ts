import type { DocumentText } from '../text.js';

/*
 * Personal names in decision documents: "Richard Carstedt (S)", "verksamhetschef Nils Enwald", a signature
 * block "Rickard Carstedt (S),\nOrdförande Regionala utvecklingsnämnden". A name is two to four capitalised
 * words, none of them a word that names an organisation or a role ("Region Västerbotten" is not a person).
 */

const WORD = "[A-ZÅÄÖÉÜ][a-zåäöéèüáíóúñ']+(?:-[A-ZÅÄÖÉÜ][a-zåäöéèüáíóúñ']+)?";
const PARTY = '\\((?:[A-ZÅÄÖ]{1,3}|[A-ZÅÄÖ][a-zåäö]{0,3})\\)';
const PERSON = `${WORD}(?: ${WORD}){1,3}`;

/** Words that begin organisations, documents and roles, never a person's name. */
const NOT_NAME_WORDS = new Set(
  (
    'region regionen regionala regional kommun kommunen kommunstyrelsen kommunfullmäktige landsting landstinget ' +
    'länsstyrelsen tillväxtverket regeringen nämnden styrelsen förbundet förbund universitet högskola ab ' +
    'beslut beslutet datum sida projekt projektet projektnamn ärende ärendeid diarienummer org stödmottagare ' +
    'projektägare ordförande vice verksamhetschef enhetschef avdelningschef direktör regiondirektör strateg ' +
    'handläggare föredragande beslutande kontaktperson telefon e-post tel mobil ' +
    'agenda delprioritering prioritering rus övre mellersta norra södra västra östra ' +
    'januari februari mars april maj juni juli augusti september oktober november december ' +
    'den det detta denna vid för och till med av om enligt'
  ).split(' '),
);

/** A role as documents write it: "ordförande", "verksamhetschef", "strateg för projektfinansiering" … */
export const TITLE_START =
  /^(?:vice |tf\.? |t\.f\. |biträdande |förste )?(?:[a-zåäö]+ ){0,2}(?:[a-zåäö]*(?:ordförande|chef|direktör|strateg|handläggare|sekreterare|samordnare|ansvarig|controller|ekonom|föredragande|hövding|utvecklare|ledare|koordinator)|regionråd|kommunalråd|statsråd|ledamot)\b/i;

const isName = (candidate: string): boolean =>
  !candidate.split(/[ -]/).some((w) => NOT_NAME_WORDS.has(w.toLowerCase()));

/** Every personal name in a piece of text, in order, without party. */
export function namesIn(text: string): { name: string; index: number; length: number }[] {
  const out: { name: string; index: number; length: number }[] = [];
  const re = new RegExp(`(?<![\\p{L}])${PERSON}(?: ${PARTY})?(?![\\p{L}-])`, 'gu');
  for (const m of text.matchAll(re)) {
    // A run such as "Ordförande Anna Berg" or "Eva Holm Föredragande": the name is the words between non-name words.
    const words = m[0].replace(/ \([^)]*\)$/, '').split(' ');
    let offset = 0;
    let run: string[] = [];
    let runStart = 0;
    const flush = () => {
      if (run.length >= 2) out.push({ name: run.join(' '), index: m.index + runStart, length: run.join(' ').length });
      run = [];
    };
    for (const w of words) {
      if (isName(w)) {
        if (run.length === 0) runStart = offset;
        run.push(w);
      } else flush();
      offset += w.length + 1;
    }
    flush();
    // The party after the last name belongs to it.
    const last = out.at(-1);
    if (last && last.index + last.length === m.index + m[0].replace(/ \([^)]*\)$/, '').length)
      last.length = m.index + m[0].length - last.index;
  }
  return out;
}

/**
 * A phrase naming one person with a role, in either order: "verksamhetschef Nils Enwald",
 * "strateg för projektfinansiering Therese Burström", "Anna Berg, ordförande", "Richard Carstedt (S)".
 */
export function splitPersonPhrase(phrase: string): { name: string | null; title: string | null } {
  const seg = phrase
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;:.]+$/, '');
  const found = namesIn(seg);
  if (found.length === 0) return { name: null, title: null };
  const first = found[0]!;
  if (first.index === 0 || /^\s*$/.test(seg.slice(0, first.index))) {
    const rest = seg
      .slice(first.index + first.length)
      .replace(/^\s*\([^)]*\)/, '')
      .replace(/^[\s,]+/, '')
      .trim();
    return { name: first.name, title: rest === '' ? null : rest };
  }
  const last = found.at(-1)!;
  const before = seg
    .slice(0, last.index)
    .replace(/[\s,]+$/, '')
    .trim();
  return { name: last.name, title: before === '' ? null : before };
}

export interface Signature {
  name: string;
  title: string | null;
  /** The line the name stands on. */
  line: number;
  /** A contact listing (phone or e-mail next to it, or under a "Kontakt" heading), not a signature. */
  contact: boolean;
}

const CONTACT_NEAR = /@|\b(?:tel|telefon|mobil)\b|\d{2,4}[- ]\d{2,3} ?\d{2} ?\d{2}/i;
const CONTACT_HEADING = /kontakt|frågor|mer information|upplysningar/i;

/**
 * Signature blocks and labelled people: a line that is only a name (with party, comma) followed by a line
 * that starts with a role; "Name, Title" on one line; "Strateg: Therese Burström".
 */
export function findSignatures(lines: readonly string[]): Signature[] {
  const out: Signature[] = [];
  const nameLine = new RegExp(`^(${PERSON})(?: ${PARTY})?\\s*,?$`, 'u');
  const nameTitleLine = new RegExp(`^(${PERSON})(?: ${PARTY})?\\s*,\\s*(.+)$`, 'u');
  const labelLine = new RegExp(`^([^:]{2,50}):\\s*(${PERSON})(?: ${PARTY})?\\s*$`, 'u');
  const isContact = (i: number, titleOnNext: boolean) =>
    [lines[i + (titleOnNext ? 2 : 1)], lines[i + (titleOnNext ? 3 : 2)]].some(
      (l) => l !== undefined && CONTACT_NEAR.test(l),
    ) || lines.slice(Math.max(0, i - 2), i).some((l) => CONTACT_HEADING.test(l));
  lines.forEach((line, i) => {
    const only = nameLine.exec(line);
    const next = lines[i + 1];
    if (only && isName(only[1]!) && next !== undefined && TITLE_START.test(next)) {
      out.push({ name: only[1]!, title: next.replace(/[\s,]+$/, ''), line: i, contact: isContact(i, true) });
      return;
    }
    const withTitle = nameTitleLine.exec(line);
    if (withTitle && isName(withTitle[1]!) && TITLE_START.test(withTitle[2]!)) {
      out.push({
        name: withTitle[1]!,
        title: withTitle[2]!.replace(/[\s,.]+$/, ''),
        line: i,
        contact: isContact(i, false),
      });
      return;
    }
    const labelled = labelLine.exec(line);
    if (labelled && isName(labelled[2]!) && (TITLE_START.test(labelled[1]!) || /kontakt/i.test(labelled[1]!))) {
      out.push({ name: labelled[2]!, title: labelled[1]!.trim(), line: i, contact: true });
    }
  });
  return out;
}

/** Every person named as deciding, presenting or signing, for the name-spelling check. */
export function findPersonNames(doc: DocumentText, known: readonly (string | null)[] = []): string[] {
  const names = known.filter((n): n is string => n !== null && n !== '');
  for (const s of findSignatures(doc.lines)) names.push(s.name);
  return [...new Set(names)];
}
