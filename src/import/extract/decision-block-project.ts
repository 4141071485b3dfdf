import type { ImportWarning } from '../contract.js';
import type { DocumentText } from '../text.js';
import { after, findAmounts, findDates, findOrgNumbers, findPercentages, findPeriods, wholeKronor } from './values.js';

/*
 * The project of a decision document (a grant or an amendment): its name and acronym, the beneficiary and
 * its organisation number, the amount, the maximum share of approved costs, the approved costs and the
 * period, each read from the phrases decisions use. What the text does not state stays null.
 */

// ---- name and acronym ----

const ACRONYM = /^(?=(?:[^A-ZÅÄÖ]*[A-ZÅÄÖ]){2})[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{1,11}$/;

/** "Digitala Västerbotten i samverkan (DVIS)" → DVIS; "Digital omställning i Västerbottens industrier DOVI" → DOVI. */
export function splitAcronym(full: string): { name: string; acronym: string | null } {
  const clean = full
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“”']+|["“”']+$/g, '')
    .trim();
  const paren = /^(.*\S)\s*\(([^()]{2,12})\)$/.exec(clean);
  const unquote = (n: string) => n.replace(/^["“”']+|["“”']+$/g, '').trim();
  if (paren && ACRONYM.test(paren[2]!)) return { name: unquote(paren[1]!), acronym: paren[2]! };
  const words = clean.split(' ');
  const last = words.at(-1)!;
  const rest = words.slice(0, -1);
  if (rest.length >= 1 && ACRONYM.test(last) && rest.some((w) => /[a-zåäö]/.test(w))) {
    return { name: unquote(rest.join(' ').replace(/[\s,-]+$/, '')), acronym: last };
  }
  return { name: clean, acronym: null };
}

const NAME_LABEL = /^(?:projektnamn|projektets namn|projekttitel|projektets titel|projekt)\s*:\s*(.*)$/i;
const NAME_END =
  /\s+(?:för|under|med|inom) (?:hela )?(?:projekt)?perioden\b|\s+(?:som|enligt|vilket|samt|och att)\s|[,;:](?:\s|$)|\.(?:\s|$)|\s+\d{4}-\d{2}-\d{2}|\s+\(?(?:dnr|diarienummer)\b/i;

const cutName = (s: string) => s.split(NAME_END)[0]!.trim();

/** The project's name: a "Projektnamn:" label, "… för projektet X för projektperioden …", or the heading. */
export function projectName(doc: DocumentText): { name: string; acronym: string | null } | null {
  for (let i = 0; i < doc.lines.length; i++) {
    const m = NAME_LABEL.exec(doc.lines[i]!);
    if (!m) continue;
    const value = m[1]!.trim() || doc.lines[i + 1] || '';
    if (value) return splitAcronym(cutName(value));
  }
  const phrase =
    /\b(?:för|till|i|inom|avseende|gällande) (?:projektet|förstudien|projekt|förstudie(?:projektet)?) ["“”]?([A-ZÅÄÖ0-9"“”].{2,150})/u.exec(
      doc.flat,
    );
  if (phrase) {
    const name = cutName(phrase[1]!).replace(/["”“]+$/, '');
    if (name.length >= 2) return splitAcronym(name);
  }
  for (const line of doc.lines.slice(0, 15)) {
    const heading =
      /^(?:projektärende|projektbeslut|beslut om (?:regionalt )?(?:projekt)?(?:stöd|bidrag|medel)(?: till| för)?(?: projektet)?|ändring av beslut om (?:projekt)?(?:stöd|bidrag)(?: till| för)?(?: projektet)?)\s*[-:–]\s*(.{2,150})$/i.exec(
        line,
      );
    if (heading) return splitAcronym(cutName(heading[1]!));
  }
  return null;
}

// ---- beneficiary ----

const OWNER_LABEL = /^(?:stödmottagare|projektägare|sökande|bidragsmottagare|mottagare av stödet)\b\s*:?\s*(.*)$/i;
const ORG_WORDS = new Set(
  (
    'kommun kommuner universitet högskola landsting förbund kommunförbund samordningsförbund ekonomisk förening ' +
    'stiftelse aktiebolag ab hb kb ideell ideella i och för av & de'
  ).split(' '),
);
const CONNECTORS = new Set(['i', 'och', 'för', 'av', '&', 'de']);
const LABEL_WORDS = /^(?:projektägare|stödmottagare|sökande|att|härmed|beslut|beslutet|därför|dessutom)$/i;

/** An all-capitals name written as the text spells it elsewhere ("REGION VÄSTERBOTTEN" → "Region Västerbotten"). */
function casedAsInText(value: string, flat: string): string {
  if (value !== value.toUpperCase() || !/\s/.test(value)) return value;
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  for (const m of flat.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'giu'))) {
    if (m[0] !== m[0].toUpperCase()) return m[0].replace(/\s+/g, ' ');
  }
  return value
    .split(' ')
    .map((w) => (w.length <= 2 ? w : w[0] + w.slice(1).toLowerCase()))
    .join(' ');
}

const cleanOwner = (s: string) =>
  s
    .split(/\s+(?:beviljas|beviljades|har beviljats|org\.?\s?nr|organisationsnummer)\b|\s*[,;(]|\s+\d{6}-?\d{4}/i)[0]!
    .replace(/[\s.:]+$/, '')
    .trim();

/** The organisation (capitalised words, with "kommun", "universitet" …) written right before `index`. */
function organisationBefore(flat: string, index: number): string | null {
  const words = flat
    .slice(Math.max(0, index - 160), index)
    // "X AB, org.nr 556677-1233, beviljas" / "X (org.nr 556677-1233) beviljas": the number is not the name.
    .replace(/[,\s]*\(?(?:org\.?\s?nr|organisationsnummer)?\.?:?\s*\d{6}-?\d{4}\)?[,\s]*$/i, '')
    .trim()
    .split(' ');
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (LABEL_WORDS.test(w)) break;
    if (/^[A-ZÅÄÖ0-9][\p{L}0-9&.-]*$/u.test(w) || ORG_WORDS.has(w.toLowerCase())) taken.unshift(w);
    else break;
  }
  while (taken.length && CONNECTORS.has(taken[0]!.toLowerCase())) taken.shift();
  if (!taken.some((w) => /^\p{Lu}/u.test(w))) return null;
  return taken.join(' ').replace(/[.,]+$/, '') || null;
}

/** The beneficiary: "Stödmottagare: X", "Projektägare X", "X beviljas …", "… beviljar X stöd …". */
export function beneficiary(doc: DocumentText): { name: string; index: number } | null {
  const { flat, lines } = doc;
  for (let i = 0; i < lines.length; i++) {
    const m = OWNER_LABEL.exec(lines[i]!);
    if (!m) continue;
    const value = cleanOwner(m[1]!.trim() || lines[i + 1] || '');
    if (value && /^\p{Lu}/u.test(value)) {
      const index = flat.indexOf(value);
      return { name: casedAsInText(value, flat), index: index < 0 ? 0 : index };
    }
  }
  for (const m of flat.matchAll(/\bbeviljas\b/g)) {
    const name = organisationBefore(flat, m.index);
    if (name) return { name: casedAsInText(name, flat), index: m.index - name.length - 1 };
  }
  const granted =
    /\bbevilja(?:r|de)?\s+([A-ZÅÄÖ].{2,80}?)\s+(?:ett\s+|ytterligare\s+)?(?:stöd|bidrag|projektmedel|medel)\b/u.exec(
      flat,
    );
  if (granted) return { name: casedAsInText(cleanOwner(granted[1]!), flat), index: granted.index };
  return null;
}

/** The beneficiary's organisation number: labelled ("Org. nr"), or written right after its name. */
export function beneficiaryOrgNumber(doc: DocumentText, owner: { index: number } | null): string | null {
  const { flat } = doc;
  const labelled = after(
    flat,
    /(?<![\p{L}])(?:org\.?\s?nr|organisationsnummer|org\.?\s?nummer)(?![\p{L}])\.?\s*:?/iu,
    30,
  );
  if (labelled) {
    const n = findOrgNumbers(labelled.rest)[0];
    if (n && n.index <= 3) return n.value;
  }
  if (owner) {
    const near = findOrgNumbers(flat.slice(owner.index, owner.index + 160))[0];
    if (near) return near.value;
  }
  return null;
}

// ---- amounts and share ----

const sentenceFrom = (flat: string, index: number, max = 220) => {
  const rest = flat.slice(index, index + max);
  const end = /[.;](?=\s+\p{Lu}|\s*$)/u.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
};

const APPROVED_COSTS = /(?:godkända|stödberättigande|totala|faktiska) (?:projekt)?kostnade(?:r|rna)\b/i;

/** The granted amount: the first amount after "beviljas"/"beviljar" that is not the approved costs, or a label. */
export function grantedAmount(flat: string): number | null {
  const label =
    /\b(?:beviljat belopp|beviljat stöd|beviljade medel|stödbelopp|beslutat belopp|beslutat stöd|bidragsbelopp|stödet)(?:\s+(?:ändras|höjs|ökas|sänks|minskas|justeras)\s+till)?\s*:?\s*/i;
  const labelled = after(flat, label, 60);
  if (labelled) {
    const a = findAmounts(labelled.rest)[0];
    if (a && a.index <= 12) return wholeKronor(a.value);
  }
  for (const m of flat.matchAll(/\bbevilja(?:s|r|des|t)\b/gi)) {
    const start = m.index + m[0].length;
    const sentence = sentenceFrom(flat, start);
    for (const a of findAmounts(sentence)) {
      const before = sentence.slice(Math.max(0, a.index - 50), a.index);
      if (
        /kostnade(?:r|rna)\s*(?:,\s*)?(?:som\s+)?(?:uppgående till|uppgår till|om|på|till|av)?\s*(?:högst\s+)?:?\s*$/i.test(
          before,
        )
      )
        continue;
      if (/\b(?:ytterligare|utökat med|utökas med)\s*$/i.test(before)) continue;
      return wholeKronor(a.value);
    }
  }
  return null;
}

/** The largest share of approved costs: "högst 50,00 % av godkända kostnader" → 50; "Stödandel: 40 %". */
export function maxSharePercent(flat: string): number | null {
  for (const p of findPercentages(flat)) {
    const next = flat.slice(p.index + p.length, p.index + p.length + 60);
    const prev = flat.slice(Math.max(0, p.index - 40), p.index);
    if (
      /^\s*(?:av\s+(?:de\s+)?(?:projektets\s+)?(?:totala\s+)?(?:godkända|stödberättigande|faktiska|redovisade|bokförda)|av\s+(?:de\s+)?(?:projektets\s+)?(?:totala\s+)?kostnader)/i.test(
        next,
      ) ||
      /(?:stödandel|högsta stödandel|andel av godkända kostnader|stödnivå)\s*:?\s*(?:högst\s+)?$/i.test(prev)
    ) {
      return p.value / 100;
    }
  }
  return null;
}

/** The approved costs: the amount that follows "godkända kostnader (uppgående till)", or a budget label. */
export function approvedCosts(flat: string): number | null {
  for (const m of flat.matchAll(new RegExp(APPROVED_COSTS.source, 'gi'))) {
    const sentence = sentenceFrom(flat, m.index + m[0].length, 120);
    const a = findAmounts(sentence)[0];
    if (a && a.index <= 45 && !/\bdock\b|\bhögst\b.*\bav\b/i.test(sentence.slice(0, a.index)))
      return wholeKronor(a.value);
  }
  const label = after(flat, /\b(?:total budget|totalbudget|projektets totala budget|budget totalt)\s*:?\s*/i, 60);
  if (label) {
    const a = findAmounts(label.rest)[0];
    if (a && a.index <= 12) return wholeKronor(a.value);
  }
  return null;
}

// ---- periods ----

const PERIOD_LABEL =
  /(?<!\p{L})(?:ny |nya |ändrad |reviderad )?(?:projektperiod(?:en)?|projekttid(?:en)?|genomförandeperiod(?:en)?|under perioden|för perioden|perioden)\b/giu;

export interface LabelledPeriod {
  start: string;
  end: string;
  /** The label says it is the new one ("ny projektperiod", "ändras till"). */
  isNew: boolean;
  index: number;
}

/** Every period written after a period label ("projektperioden 2024-02-01 - 2027-01-31"), in order. */
export function labelledPeriods(flat: string): LabelledPeriod[] {
  const out: LabelledPeriod[] = [];
  for (const m of flat.matchAll(PERIOD_LABEL)) {
    const rest = flat.slice(m.index + m[0].length, m.index + m[0].length + 120);
    const p = findPeriods(rest)[0];
    if (!p || p.index > 45) continue;
    const gap = rest.slice(0, p.index);
    if (/\d|förläng/i.test(gap)) continue;
    out.push({
      start: p.value.start,
      end: p.value.end,
      isNew:
        /^(?:ny|nya|ändrad|reviderad)\b/i.test(m[0]) ||
        /(?<!\p{L})(?:ändras|förlängs|blir|ska vara)(?!\p{L})/iu.test(gap),
      index: m.index,
    });
  }
  return out;
}

/** The end date an extension names: "förlänga projektperioden med sex månader, till den 31 augusti 2026". */
export function extendedTo(flat: string): string | null {
  for (const m of flat.matchAll(
    /\b(?:förläng\p{L}*|nytt slutdatum|ny slutdag|slutdatum(?:et)? (?:ändras|flyttas)|avslutas istället)/giu,
  )) {
    const sentence = sentenceFrom(flat, m.index + m[0].length, 200);
    const till = /\b(?:till(?: och med| den)?|t\.?o\.?m\.?|:)\s*(?:den\s+)?/gi;
    for (const t of sentence.matchAll(till)) {
      const d = findDates(sentence.slice(t.index + t[0].length))[0];
      if (d && d.index <= 4) return d.value;
    }
  }
  return null;
}

// ---- proposals and press releases ----

const PROPOSAL = /\bförslag(?:et)? till beslut\b|\bförslaget är att\b|\bföreslås\b|\bföreslår\b|\btjänsteskrivelse\b/i;
const DECIDED =
  /\bbeslut(?:et)? (?:i (?:detta )?ärendet )?(?:fattas|har fattats|fattades) av\b|\bbeslutsdatum\b|\bdelegationsbeslut(?:et)? anmäls\b|\bbeslutet (?:kan|får) (?:inte |ej )?överklagas\b|\b(?:har|hade) (?:\p{L}+ )?beslutat\b|\bbeslutade (?:den|att|vid)\b/iu;

/** Whether the text shows a decision taken ("Beslutet har fattats av", "Beslutsdatum", a "Beslut" heading). */
export function showsDecisionTaken(doc: DocumentText): boolean {
  return DECIDED.test(doc.flat) || doc.lines.some((l) => /^beslut\s*:?$/i.test(l));
}

/** A proposal ("Förslaget är att …", "föreslås besluta") that the text does not show to be decided. */
export function isProposal(doc: DocumentText): boolean {
  return PROPOSAL.test(doc.flat) && !showsDecisionTaken(doc);
}

export const proposalWarning = (): ImportWarning => ({
  code: 'decision.is_proposal',
  message: 'Dokumentet är ett förslag till beslut, inte ett fattat beslut: värdena gäller först om förslaget beslutas.',
});

/** How many grants the text lists ("X beviljas 2 491 478 kr" eight times is a press release or a list). */
export const grantCount = (flat: string): number =>
  [...flat.matchAll(/\bbeviljas\b/gi)].filter((m) => findAmounts(sentenceFrom(flat, m.index, 80)).length > 0).length;
