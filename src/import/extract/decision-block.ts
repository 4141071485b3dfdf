import { parseSwedishDate } from '../../domain/index.js';
import { emptyDecision, type ExtractedDecision } from '../contract.js';
import type { DocumentText } from '../text.js';
import { findSignatures, splitPersonPhrase } from './names.js';
import { after, findDates, findSfsNumbers } from './values.js';

/*
 * The decision block of the extraction (docs/domain/import.md, "The extraction") from the phrases Swedish decision
 * documents use: who decided, in what capacity, after whose presentation, under which delegation point, on which legal
 * basis and appropriation, whether it can be appealed, and the case's numbers. Every field the text does not state
 * stays null (or empty): nothing is guessed.
 */

/** The first date that starts at most `gap` characters after the match of `label`. */
function dateRightAfter(text: string, label: RegExp, gap = 4): string | null {
  let from = 0;
  for (;;) {
    const m = after(text, label, 80, from);
    if (!m) return null;
    const d = findDates(m.rest)[0];
    if (d && d.index <= gap) return d.value;
    from = m.index + 1;
  }
}

/** The first match of any pattern, as its capture group 1. */
function firstGroup(text: string, patterns: readonly RegExp[]): { value: string; index: number } | null {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m?.[1]) return { value: m[1], index: m.index };
  }
  return null;
}

function decisionDate(doc: DocumentText): string | null {
  const { flat, lines } = doc;
  const labelled = dateRightAfter(flat, /\b(?:beslutsdatum|datum för beslut(?:et)?|beslutsdag)\s*:?/i);
  if (labelled) return labelled;
  // "beslutade den 3 mars 2025", not the earlier decision an amendment refers to ("tidigare beslutat den …").
  for (const m of flat.matchAll(
    /\b(?:beslutat|beslutade|beslutades|fattade beslut|fattat beslut)\s+(?:den\s+|per\s+)?/gi,
  )) {
    const before = flat.slice(Math.max(0, m.index - 40), m.index);
    if (/\b(?:tidigare|ursprungliga|ursprungligen|som|det)\b[^.]*$/i.test(before)) continue;
    const d = findDates(flat.slice(m.index + m[0].length, m.index + m[0].length + 40))[0];
    if (d && d.index === 0) return d.value;
  }
  const meeting =
    /\bsammanträde(?:t)?\s+(?:den\s+)?([^.]{6,30}?)\s*(?:,\s*)?(?:beslutat?|beslutade|fattat beslut)\b/i.exec(flat);
  if (meeting) {
    const d = findDates(meeting[1]!)[0];
    if (d && d.index <= 4) return d.value;
  }
  const dated = dateRightAfter(flat, /(?<![\p{L}])datum\s*:?/iu);
  if (dated) return dated;
  // A date alone at the head of the letter, possibly after the place: "Umeå 2025-03-03", "Luleå den 3 mars 2025".
  for (const line of lines.slice(0, 12)) {
    const m = /^(?:[A-ZÅÄÖ][a-zåäö]+,?\s+)?((?:den\s+)?\S.*)$/.exec(line.replace(/[.\s]+$/, ''));
    const parsed = m ? parseSwedishDate(m[1]!) : null;
    if (parsed?.ok) return parsed.value;
  }
  return null;
}

/** A "Label: value" line (the value on the label's line or the next), as a match whose group 1 is the value. */
function labelled(lines: readonly string[], label: RegExp): [string, string] | null {
  for (let i = 0; i < lines.length; i++) {
    const m = label.exec(lines[i]!);
    if (!m) continue;
    const value = m[1]!.trim() || lines[i + 1] || '';
    if (value) return [m[0], value];
  }
  return null;
}

/** Cuts a person phrase at the words that end it in running text. */
const cutPhrase = (s: string) =>
  s.split(
    /\s+\p{L}+:|\s+(?:att|efter föredragning|efter beredning|i egenskap av|den \d|på delegation|enligt)\b|[.;]|\s{2,}/iu,
  )[0]!;

function decisionMakers(doc: DocumentText): Pick<ExtractedDecision, 'decidedBy' | 'capacity' | 'presentedBy'> {
  const { flat, lines } = doc;
  let decidedBy: string | null = null;
  let capacity: string | null = null;
  let presentedBy: string | null = null;

  const by =
    /\bbeslut(?:et)?(?: i (?:detta )?ärendet)? (?:fattas|har fattats|fattades|är fattat|togs|tas|har tagits)(?: på delegation| med stöd av delegation)? av\s+(.{3,160})/i.exec(
      flat,
    ) ?? labelled(lines, /^(?:beslutande|beslutsfattare|beslut fattat av|beslutat av|beslutad av)\s*:?\s*(.*)$/i);
  if (by) {
    const rest = by[1];
    const person = splitPersonPhrase(cutPhrase(rest));
    decidedBy = person.name;
    capacity = person.title;
    const role = /^.{0,80}?\bi egenskap av\s+(.+?)(?:\s+att\b|[,.;]|$)/i.exec(rest);
    if (role) capacity = role[1]!.trim();
  }

  const presenter =
    /\befter föredragning av\s+(.{3,120})/i.exec(flat) ??
    labelled(lines, /^föredragande(?: tjänste(?:person|man))?\s*:?\s*(.*)$/i);
  if (presenter) {
    const phrase = cutPhrase(presenter[1]);
    const person = splitPersonPhrase(phrase);
    // The presenter is named after the words: only a title in lower case may stand between.
    const at = person.name ? phrase.indexOf(person.name) : -1;
    if (at >= 0 && !/\p{Lu}/u.test(phrase.slice(0, at))) presentedBy = person.name;
  }

  if (decidedBy === null) {
    // No phrase names the decision maker: the first signature block with a role does.
    const signed = findSignatures(lines).find((s) => !s.contact && s.title && !/föredragande/i.test(s.title));
    if (signed) {
      decidedBy = signed.name;
      capacity = signed.title;
    }
  }
  return { decidedBy, capacity, presentedBy };
}

function delegationPoint(flat: string): string | null {
  const POINT = '(\\d{1,2}(?:\\.\\d{1,3}){0,3}(?:[a-z]\\b)?)';
  const found = firstGroup(flat, [
    new RegExp(`\\bdelegationspunkt(?:en)?\\s*(?:nr\\.?|nummer)?\\s*:?\\s*${POINT}`, 'i'),
    new RegExp(
      `\\bdelegationsordning\\w*(?:\\s+[^\\s\\d]+){0,4}?\\s+(?:ärendegrupp|punkt|p\\.|nr\\.?|avsnitt|ärende)\\s*${POINT}`,
      'i',
    ),
    new RegExp(
      `(?<![\\p{L}])(?:ärendegrupp|punkt|p\\.)\\s*${POINT}\\s+(?:i|enligt)(?:\\s+[^\\s\\d]+){0,3}?\\s+delegationsordning`,
      'iu',
    ),
  ]);
  return found ? found.value.replace(/\s/g, '') : null;
}

function reportedToMeeting(flat: string): string | null {
  for (const m of flat.matchAll(/\b(?:anmäls|anmälas|anmäles|redovisas|anmälan)\b([^.]{0,200})/gi)) {
    const sentence = m[1]!;
    if (!/sammanträde|nämnd|styrelse|möte|utskott/i.test(sentence)) continue;
    const d = findDates(sentence)[0];
    if (d) return d.value;
  }
  return null;
}

const LAW_WORD = /(?<![\p{L}])(?:förordning\p{L}*|lag|lagen|lagar|lagarna|\p{L}+lagen|sfs|balk\p{L}*)(?![\p{L}])/giu;

/**
 * What a decision is made under: "med stöd av", "enligt", "i enlighet med", "grundar sig på", "regleras
 * av". A law cited for another reason ("uppgifterna som anges i lagen (2010:630)") is not a legal basis.
 */
const BASIS_PHRASE =
  /(?<![\p{L}])(?:med stöd av|enligt|i enlighet med|grundar sig på|grund(?:en)? för|regleras (?:av|i)|omfattas av|beviljas (?:med stöd|inom ramen)|fattats med stöd|stödet lämnas|lämnas (?:som|med stöd))(?![\p{L}])/iu;

/** The sentence of `flat` around `index`: from the last full stop before it to the next one. */
function sentenceAround(flat: string, index: number): string {
  const before = flat.slice(0, index);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n')) + 1;
  const after = flat.slice(index).search(/\.\s+(?=[A-ZÅÄÖ])/);
  return flat.slice(start, after < 0 ? flat.length : index + after);
}

/** SFS numbers written right after a word that names an ordinance or a law: "förordning (2003:596)". */
function legalBasis(flat: string): string[] {
  const seen = new Set<string>();
  for (const m of flat.matchAll(LAW_WORD)) {
    if (/^anslag/i.test(m[0])) continue;
    if (!BASIS_PHRASE.test(sentenceAround(flat, m.index))) continue;
    const window = flat.slice(m.index + m[0].length, m.index + m[0].length + 90).split(/\.\s/)[0]!;
    // Only the parenthesised or SFS-prefixed numbers of this citation, not a number further on.
    const cited = /^\s*(?:\(\s*(?:sfs\s*)?|sfs\s*|nr\s*)?((?:19|20)\d{2}:\d{1,4})/i.exec(window);
    if (cited) for (const n of findSfsNumbers(cited[1]!)) seen.add(n);
    // "förordningarna (2003:596) och (2015:210)"
    const list = /^\s*\((?:19|20)\d{2}:\d{1,4}\)(?:\s*(?:,|och|samt)\s*\((?:19|20)\d{2}:\d{1,4}\))+/i.exec(window);
    if (list) for (const n of findSfsNumbers(list[0])) seen.add(n);
  }
  return [...seen];
}

function appropriation(flat: string): string | null {
  const m = /\banslag(?:et|sposten)?\s+(\d{1,2}:\d{1,2})/i.exec(flat);
  if (!m) return null;
  const before = flat.slice(Math.max(0, m.index - 120), m.index);
  const area = /(?:\butgiftsområde|\bUO)\s*(\d{1,2})\b(?!.*(?:utgiftsområde|\bUO)\s*\d)/i.exec(before);
  const rest = flat.slice(m.index + m[0].length, m.index + m[0].length + 160).split(/\.\s+(?=[A-ZÅÄÖ])/)[0]!;
  const post = /\b(?:anslagspost(?:en)?|ap\.?)\s*(\d{1,3})\b/i.exec(rest);
  if (!area && !post) return m[1]!;
  return [area ? `UO ${area[1]}` : null, `anslag ${m[1]}`, post ? `ap. ${post[1]}` : null]
    .filter((p): p is string => p !== null)
    .join(' ');
}

function appealable(flat: string): boolean | null {
  if (/\b(?:kan|får|går) (?:inte|ej|icke) (?:att )?överklag/i.test(flat)) return false;
  if (/(?<!\p{L})(?:är inte|inte|ej) överklagbart/iu.test(flat)) return false;
  if (
    /(?<!\p{L})(?:(?:kan|får) överklagas|hur man överklagar|om du vill överklaga|överklagandet ska|är överklagbart)/iu.test(
      flat,
    )
  )
    return true;
  return null;
}

const DIARY_VALUE =
  /^[\s:.]*((?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö0-9]{0,9}(?:[ .-][A-ZÅÄÖ]{1,6})?(?:\s*-\s*|\s+))?\d{1,6}(?:\s*[-/:.]\s*\d{1,6}){1,2})(?![\d/])/;

function diaryNumber(flat: string): string | null {
  for (const m of flat.matchAll(
    /(?<![\p{L}])(?:diarienummer|diarienr|dnr|d\.nr|vårt dnr|vår beteckning|ert dnr|diarienummer hos [\p{L} ]{2,30}?)(?![\p{L}])\.?/giu,
  )) {
    const v = DIARY_VALUE.exec(flat.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (!v) continue;
    const value = v[1]!.trim().replace(/\s+/g, ' ');
    if (parseSwedishDate(value).ok) continue;
    return value;
  }
  return null;
}

function externalCaseId(flat: string): string | null {
  const m =
    /(?<![\p{L}])(?:ärende-?id|ärende-?nummer|nyps-?ärende|nyps-?id|projektnummer|ärendenr)(?![\p{L}])(?:\s*(?:i|hos)?\s*(?:nyps(?: 2020)?|min ansökan|[A-ZÅÄÖ][\p{L}]+))?\s*[:.]?\s*([A-Z]{0,6}-?\d{4,}(?:-\d+)?)(?![\d/])/iu.exec(
      flat,
    ) ?? /(?<![\p{L}])nyps\s*:?\s*(\d{5,})(?![\d/])/iu.exec(flat);
  return m ? m[1]! : null;
}

function reference(flat: string): string | null {
  const m = /(?<![\p{L}\d])((?:[A-ZÅÄÖ][a-zåäö]{0,2})\d{4}\/\d{5}(?:\/[A-ZÅÄÖ]{1,6})?)(?![\d/])/u.exec(flat);
  return m ? m[1]! : null;
}

/** The extraction's `decision` object of a decision document: every field it states, the rest null or empty. */
export function extractDecisionBlock(doc: DocumentText): ExtractedDecision {
  const { flat } = doc;
  return {
    ...emptyDecision(),
    date: decisionDate(doc),
    ...decisionMakers(doc),
    delegationPoint: delegationPoint(flat),
    reportedToMeeting: reportedToMeeting(flat),
    legalBasis: legalBasis(flat),
    appropriation: appropriation(flat),
    appealable: appealable(flat),
    diaryNumber: diaryNumber(flat),
    externalCaseId: externalCaseId(flat),
    reference: reference(flat),
  };
}
