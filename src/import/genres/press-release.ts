import { parseSwedishDate } from '../../domain/index.js';
import { emptyDecision, type ExtractedDecision, type GenreExtraction } from '../contract.js';
import { splitSentences } from '../extract/deadlines.js';
import { findProjectList } from '../extract/lists.js';
import { findAmounts, findDates, wholeKronor, type Amount, type Found } from '../extract/values.js';
import type { DocumentText } from '../text.js';
import { headlineWarnings, projectWarnings } from '../warnings.js';
import type { GenreExtractor } from './genre.js';

/*
 * A press release announcing a committee's grants: a headline total ("25,5 miljoner kronor") and the projects
 * with owner, amount and period. The headline is checked against the sum of the lines at its own precision
 * by the domain's checkHeadlineTotal (docs/domain/rules.md, "Consistency checks"). Example: seeds/004.
 */

const TOTAL_WORDS =
  /(?<![\p{L}])(?:bevilja\p{L}*|fördela\p{L}*|totalt|sammanlagt|satsa\p{L}*|delar ut|går till|investera\p{L}*|tilldela\p{L}*)(?![\p{L}])/iu;
const TOTAL_BEFORE = /(?<![\p{L}])(?:totalt|sammanlagt|sammantaget|summa|totalsumma)(?![\p{L}])[^.]{0,50}$/iu;

/** The headline figure: before the list, in the title or the sentence that announces the grants; else a "Totalt …" after it. */
function headline(flat: string, listStart: number): Found<Amount> | null {
  for (const s of splitSentences(flat.slice(0, listStart))) {
    if (!TOTAL_WORDS.test(s.text)) continue;
    const a = findAmounts(s.text)[0];
    if (a) return a;
  }
  for (const a of findAmounts(flat)) {
    if (a.index >= listStart && TOTAL_BEFORE.test(flat.slice(Math.max(0, a.index - 60), a.index))) return a;
  }
  return null;
}

const BODY = '(?:nämnd(?:en)?|styrelse(?:n)?|fullmäktige|utskott(?:et)?|beredning(?:en)?)';

/** A committee named as deciding: "Västerbottens regionala utvecklingsnämnd beslutade idag att …", with the date it gives. */
export function decidingBody(doc: DocumentText): { body: string | null; date: string | null } {
  const re = new RegExp(
    `^([A-ZÅÄÖ][\\p{L} -]{1,80}?${BODY}(?:\\s+(?:i|vid|inom)\\s+[A-ZÅÄÖ][\\p{L}]+(?:\\s+[A-ZÅÄÖ][\\p{L}]+){0,2})?)\\s+(?:har\\s+)?(?:beslutade|beslutat|beslutar|beslöt|beviljade|beviljat|fattade beslut)(?![\\p{L}])(.{0,80})`,
    'u',
  );
  for (const line of doc.lines) {
    for (const s of splitSentences(line)) {
      const m = re.exec(s.text);
      if (!m) continue;
      const d = findDates(m[2]!)[0];
      const date =
        d && d.index <= 40 ? d.value : /^\s*(?:idag|i dag)(?![\p{L}])/iu.test(m[2]!) ? publicationDate(doc) : null;
      return { body: m[1]!, date };
    }
  }
  return { body: null, date: null };
}

function pressDecision(doc: DocumentText): ExtractedDecision {
  const { body, date } = decidingBody(doc);
  return { ...emptyDecision(), decidedBy: body, date };
}

/** "beslutade idag": the release's own date, on a line of its own or after "Publicerad"/"Datum". */
function publicationDate(doc: DocumentText): string | null {
  for (const line of doc.lines.slice(0, 15)) {
    const own = parseSwedishDate(
      line.replace(/^(?:publicerad|datum|pressmeddelande)\s*:?\s*-?\s*/i, '').replace(/[\s.]+$/, ''),
    );
    if (own.ok) return own.value;
  }
  return null;
}

export const pressRelease: GenreExtractor = {
  genre: 'press_release',

  score(doc: DocumentText): number {
    const projects = findProjectList(doc);
    let score = 0;
    if (/(?<![\p{L}])pressmeddelande(?![\p{L}])/iu.test(doc.flat)) score += 0.45;
    if (projects.length >= 2) score += 0.35;
    else if (projects.length === 1) score += 0.1;
    if (/presskontakt|för mer information|mer information:/i.test(doc.flat)) score += 0.1;
    if (
      /(?<![\p{L}])(?:beviljade projekten|beviljas|har beviljats|fördelat på|fördelas på)(?![\p{L}])/iu.test(doc.flat)
    )
      score += 0.1;
    return Math.min(1, score);
  },

  extract(doc: DocumentText): GenreExtraction {
    const listed = findProjectList(doc);
    const projects = listed.map(({ index: _index, ...p }) => p);
    const top = headline(doc.flat, listed[0]?.index ?? doc.flat.length);
    const warnings = projects.flatMap((p) => projectWarnings(p));
    const amounts = projects.map((p) => p.amountSek);
    if (top && amounts.length > 0 && amounts.every((a): a is number => a !== null)) {
      warnings.push(...headlineWarnings(top.raw, amounts));
    }
    return {
      decision: pressDecision(doc),
      projects,
      recipients: [],
      allocation: null,
      headlineTotalSek: top ? wholeKronor(top.value) : null,
      warnings,
    };
  },
};
