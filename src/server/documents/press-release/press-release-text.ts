// The press release of a meeting in the shape of seed 004: a headline with the total, a lead, the intro
// (communications' own words), "De beviljade projekten är:" and each project with owner, amount, period
// and a short description. Pure: figures come from the domain (`headlineTotal`, `formatSek`), and the
// text is checked by the domain (`checkPressReleaseFigures`) so no figure can disagree with the lines.
import {
  checkPressReleaseFigures,
  formatSek,
  headlineTotal,
  sumOre,
  type Finding,
  type LocalDate,
  type Ore,
} from '../../../domain/index.js';
import { formatPeriod, longDateInProse } from '../decision-letter/swedish-text.js';

export interface PressReleaseLine {
  /** The decision and project the line reports, when known. */
  decisionId?: string | null;
  projectId?: string | null;
  projectName: string;
  ownerName: string;
  amount: Ore;
  periodStart: LocalDate | null;
  periodEnd: LocalDate | null;
  description: string | null;
}

export interface PressReleaseInput {
  funderName: string;
  committeeName: string;
  meetingDate: LocalDate;
  lines: readonly PressReleaseLine[];
  /** Communications' intro, paragraphs separated by blank lines. */
  intro: string;
  contacts: string | null;
}

export interface ComposedPressRelease {
  title: string;
  /** The rounded total as the headline says it: "25,4 miljoner kronor". */
  headlineTotal: string;
  total: Ore;
  /** The lead (generated, with the exact total) and then the intro's paragraphs. */
  paragraphs: string[];
  listHeading: string;
  items: (PressReleaseLine & { position: number; amountText: string; periodText: string | null })[];
  contacts: string | null;
  /** The whole release as plain text, in the order it is printed. */
  text: string;
  /**
   * Figures in the headline, lead or intro that disagree with the lines (docs/domain/rules.md, "Consistency checks").
   */
  findings: Finding[];
}

export const DEFAULT_INTRO =
  'De beviljade projekten följer intentionerna i den regionala utvecklingsstrategin och ska bidra till hållbar regional utveckling.';

export const LIST_HEADING = 'De beviljade projekten är:';

/** Paragraphs of stored prose: separated by blank lines. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/** "Regionala utvecklingsnämnden beviljar 25,4 miljoner kronor till 8 projekt". */
export function pressReleaseTitle(committeeName: string, total: Ore, count: number): string {
  return `${committeeName} beviljar ${headlineTotal(total)} till ${count} projekt`;
}

/**
 * "Regionala utvecklingsnämnden i Region Västerbotten beslutade den 1 mars 2023 att bevilja sammanlagt
 * 25 421 501 kr fördelat på 8 olika utvecklingsprojekt." The exact total beside the headline's rounded one.
 */
export function pressReleaseLead(
  i: { committeeName: string; funderName: string; meetingDate: LocalDate },
  total: Ore,
  count: number,
): string {
  const spread = count === 1 ? 'till ett utvecklingsprojekt' : `fördelat på ${count} olika utvecklingsprojekt`;
  return (
    `${i.committeeName} i ${i.funderName} beslutade den ${longDateInProse(i.meetingDate)} att bevilja ` +
    `sammanlagt ${formatSek(total)} ${spread}.`
  );
}

/** A release from its parts: items numbered, the plain text, and the figures in its prose checked. */
export function assemblePressRelease(parts: {
  title: string;
  paragraphs: readonly string[];
  lines: readonly PressReleaseLine[];
  contacts: string | null;
}): ComposedPressRelease {
  const amounts = parts.lines.map((l) => l.amount);
  const total = sumOre(amounts);
  const items = parts.lines.map((l, n) => ({
    ...l,
    position: n + 1,
    amountText: formatSek(l.amount),
    periodText: l.periodStart && l.periodEnd ? formatPeriod({ start: l.periodStart, end: l.periodEnd }) : null,
  }));
  const contacts = parts.contacts?.trim() || null;
  const itemText = items.map((it) =>
    [
      `${it.position}. ${it.projectName}`,
      `Projektägare ${it.ownerName} beviljas ${it.amountText}`,
      [it.description?.trim(), it.periodText ? `Projektperiod: ${it.periodText}` : null].filter(Boolean).join(' '),
    ]
      .filter((line) => line !== '')
      .join('\n'),
  );
  const paragraphs = [...parts.paragraphs];
  const text = [
    'Pressmeddelande',
    parts.title,
    ...paragraphs,
    LIST_HEADING,
    ...itemText,
    ...(contacts ? [contacts] : []),
  ].join('\n\n');
  // The project descriptions are the projects' own words; the release's own prose is what is checked.
  const findings = checkPressReleaseFigures([parts.title, ...paragraphs, contacts ?? ''].join('\n'), amounts);
  return {
    title: parts.title,
    headlineTotal: headlineTotal(total),
    total,
    paragraphs,
    listHeading: LIST_HEADING,
    items,
    contacts,
    text,
    findings,
  };
}

/** The release a meeting's decisions give, with communications' intro and contacts. */
export function composePressRelease(i: PressReleaseInput): ComposedPressRelease {
  const total = sumOre(i.lines.map((l) => l.amount));
  return assemblePressRelease({
    title: pressReleaseTitle(i.committeeName, total, i.lines.length),
    paragraphs: [pressReleaseLead(i, total, i.lines.length), ...paragraphsOf(i.intro)],
    lines: i.lines,
    contacts: i.contacts,
  });
}
