import type { FieldIssue } from './application.js';
import type { LocalDate } from './calendar.js';
import { interpolate } from './errors.js';

/*
 * The record of a meeting's minutes that its extracts print (kommunallagen 5 kap. 69 §: the minutes are
 * checked and signed — justerade — by the chair and one or more justerare): who checked them, the day
 * they did, and who certifies that an extract agrees with them (utdragsbestyrkande).
 */

export interface MinutesRecord {
  adjusters: readonly string[];
  adjustedOn: LocalDate | null;
  certifierName: string | null;
  certifierTitle: string | null;
}

export interface MinutesContext {
  heldOn: LocalDate;
  held: boolean;
  /** Today in Sweden: minutes cannot have been checked on a day still to come. */
  today: LocalDate;
}

const MESSAGES = {
  'minutes.adjusted_before_meeting': {
    sv: 'Justeringsdagen {adjustedOn} ligger före sammanträdet {heldOn}.',
    en: 'The day the minutes were checked, {adjustedOn}, is before the meeting of {heldOn}.',
  },
  'minutes.adjusted_in_future': {
    sv: 'Justeringsdagen {adjustedOn} har inte kommit ännu (i dag är det {today}).',
    en: 'The day the minutes were checked, {adjustedOn}, has not come yet (today is {today}).',
  },
  'minutes.adjusted_before_held': {
    sv: 'Protokollet kan justeras först när sammanträdet är hållet.',
    en: 'The minutes can be checked once the meeting has been held.',
  },
  'minutes.adjusted_without_adjusters': {
    sv: 'Ange vem eller vilka som har justerat protokollet.',
    en: 'Say who checked and signed the minutes.',
  },
  'minutes.adjuster_twice': {
    sv: '{name} står mer än en gång bland justerarna.',
    en: '{name} is listed more than once among those who check the minutes.',
  },
  'minutes.certifier_incomplete': {
    sv: 'Utdragsbestyrkandet behöver både namn och titel.',
    en: 'The certification of extracts needs both a name and a title.',
  },
} as const satisfies Record<string, { sv: string; en: string }>;

export type MinutesIssueCode = keyof typeof MESSAGES;

function issue(path: string, code: MinutesIssueCode, details: Record<string, unknown> = {}): FieldIssue {
  return {
    path,
    code,
    severity: 'error',
    message: { sv: interpolate(MESSAGES[code].sv, details, 'sv'), en: interpolate(MESSAGES[code].en, details, 'en') },
  };
}

/**
 * The rules of a minutes record: the justering day is on or after the meeting, not in the future, only
 * once the meeting is held, and names who checked the minutes; no justerare twice; a certifier has both
 * name and title. Names may be recorded before the justering day (they are chosen at the meeting).
 */
export function checkMinutesRecord(r: MinutesRecord, ctx: MinutesContext): FieldIssue[] {
  const out: FieldIssue[] = [];
  const names = r.adjusters.map((n) => n.trim()).filter((n) => n !== '');
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.toLocaleLowerCase('sv');
    if (seen.has(key)) out.push(issue('adjusters', 'minutes.adjuster_twice', { name }));
    seen.add(key);
  }
  if (r.adjustedOn !== null) {
    if (!ctx.held) out.push(issue('adjustedOn', 'minutes.adjusted_before_held'));
    else if (r.adjustedOn < ctx.heldOn) {
      out.push(
        issue('adjustedOn', 'minutes.adjusted_before_meeting', { adjustedOn: r.adjustedOn, heldOn: ctx.heldOn }),
      );
    } else if (r.adjustedOn > ctx.today) {
      out.push(issue('adjustedOn', 'minutes.adjusted_in_future', { adjustedOn: r.adjustedOn, today: ctx.today }));
    }
    if (names.length === 0) out.push(issue('adjusters', 'minutes.adjusted_without_adjusters'));
  }
  const hasName = (r.certifierName ?? '').trim() !== '';
  const hasTitle = (r.certifierTitle ?? '').trim() !== '';
  if (hasName !== hasTitle)
    out.push(issue(hasName ? 'certifierTitle' : 'certifierName', 'minutes.certifier_incomplete'));
  return out;
}

/** Whether the minutes are checked and signed, so that an extract can say so. */
export const isAdjusted = (r: MinutesRecord): boolean =>
  r.adjustedOn !== null && r.adjusters.some((n) => n.trim() !== '');
