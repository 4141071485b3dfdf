import { checkHeadlineTotal } from './consistency.js';
import { finding, type Finding } from './finding.js';
import { parseSekDetailed } from './money-parse.js';
import { formatMillions, formatSek, kronor, sumOre, type Ore } from './money.js';

/** From this total on, a press release says the total in millions ("25,4 miljoner kronor"). */
export const MILLIONS_FROM: Ore = kronor(1_000_000);

/**
 * How a press release says a total (docs/domain/rules.md, "A press release's total"): from 1 miljon kronor on, in
 * millions with one decimal, ROUNDED to the nearest tenth with halves up (the one rounding rule, through
 * `formatMillions`) — 25 421 501 kr is "25,4 miljoner kronor", 25 450 000 kr "25,5 miljoner kronor", 25 960 000 kr
 * "26 miljoner kronor". Rounded rather than truncated because a reader takes "25,4 miljoner" to mean
 * "about 25,4 million", and because it is the reading `checkHeadlineTotal` holds every headline to, so what Bidra
 * writes always passes its own check. Below 1 miljon kronor the exact amount is said ("893 984 kr"): "0,9 miljoner"
 * would hide a tenth of the money. The release also prints the exact total beside the rounded one, so nothing is lost
 * to the rounding.
 */
export function headlineTotal(total: Ore): string {
  if (total < MILLIONS_FROM) return formatSek(total);
  return `${formatMillions(total, 1)} kronor`;
}

// An amount as prose writes it: digits (grouped by spaces), optional decimals, then a unit word.
const SPACE = '[ \\u00a0\\u202f]';
const FIGURE = new RegExp(
  `(?<![\\d,.])(\\d{1,3}(?:${SPACE}\\d{3})+|\\d+)(?:,\\d+)?${SPACE}?` +
    `(?:miljarder|miljard|miljoner|miljon|mnkr|mkr|tkr|kronor|kr)(?![\\p{L}\\d])`,
  'giu',
);

/** Every amount written in a text with its unit ("25,5 miljoner", "2 491 478 kr", "745 tkr"), in order. */
export function amountsInText(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((m) => m[0]).filter((s) => parseSekDetailed(s).ok);
}

/**
 * docs/domain/rules.md, "Consistency checks" for the free text of a press release (its headline, lead and intro): every
 * amount it states must be the total of its lines or the amount of one line, at the precision it is written in ("25,4
 * miljoner" agrees with 25 421 501 kr; "25,5 miljoner" does not). One finding per figure that agrees with neither,
 * naming the figure and the total.
 */
export function checkPressReleaseFigures(text: string, lines: readonly Ore[]): Finding[] {
  const total = sumOre(lines);
  return amountsInText(text)
    .filter((figure) => checkHeadlineTotal(figure, lines).length > 0)
    .filter((figure) => !lines.some((line) => checkHeadlineTotal(figure, [line]).length === 0))
    .map((figure) => finding('press_release.figure_mismatch', 'error', { figure, sumOre: total }));
}

/** A press release's contact person, as the release prints it ("För mer information, kontakta: …"). */
export interface PressContactPerson {
  name: string;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface PressContactIssue {
  code: 'press_release.contact_person_required' | 'press_release.contact_person_unreachable';
  /** Which person (0-based) the issue is about; absent for the release as a whole. */
  index?: number;
  message: { sv: string; en: string };
}

const blank = (s: string | null | undefined): boolean => (s ?? '').trim() === '';

/**
 * The rule for publishing a press release: at least one contact person, each with a name and a way to be
 * reached (telephone or e-mail) — a journalist reading it must know whom to call. Drafts may lack them.
 */
export function pressContactIssues(persons: readonly PressContactPerson[]): PressContactIssue[] {
  const named = persons.filter((p) => !blank(p.name));
  if (named.length === 0) {
    return [
      {
        code: 'press_release.contact_person_required',
        message: {
          sv: 'Ett pressmeddelande kan inte publiceras utan minst en kontaktperson (namn och telefon eller e-post).',
          en: 'A press release cannot be published without at least one contact person (name and telephone or e-mail).',
        },
      },
    ];
  }
  return persons.flatMap((p, index): PressContactIssue[] =>
    !blank(p.name) && blank(p.phone) && blank(p.email)
      ? [
          {
            code: 'press_release.contact_person_unreachable',
            index,
            message: {
              sv: `Kontaktpersonen ${p.name.trim()} behöver ett telefonnummer eller en e-postadress.`,
              en: `The contact person ${p.name.trim()} needs a telephone number or an e-mail address.`,
            },
          },
        ]
      : [],
  );
}

/** The contact block of a release: "För mer information, kontakta:" and one line per person. */
export function formatPressContacts(persons: readonly PressContactPerson[]): string | null {
  const lines = persons
    .filter((p) => !blank(p.name))
    .map((p) =>
      [
        p.name.trim(),
        p.title?.trim(),
        blank(p.phone) ? null : `telefon ${p.phone!.trim()}`,
        blank(p.email) ? null : `e-post ${p.email!.trim()}`,
      ]
        .filter(Boolean)
        .join(', '),
    );
  return lines.length === 0 ? null : ['För mer information, kontakta:', ...lines].join('\n');
}
