import { checkHeadlineTotal } from './consistency.js';
import { finding, type Finding } from './finding.js';
import { parseSekDetailed } from './money-parse.js';
import { formatMillions, formatSek, kronor, sumOre, type Ore } from './money.js';

/** From this total on, a press release says the total in millions ("25,4 miljoner kronor"). */
export const MILLIONS_FROM: Ore = kronor(1_000_000);

/**
 * How a press release says a total (SPEC §5.4): from 1 miljon kronor on, in millions with one decimal,
 * ROUNDED to the nearest tenth with halves up (the one rounding rule, through `formatMillions`) —
 * 25 421 501 kr is "25,4 miljoner kronor", 25 450 000 kr "25,5 miljoner kronor", 25 960 000 kr
 * "26 miljoner kronor". Rounded rather than truncated because a reader takes "25,4 miljoner" to mean
 * "about 25,4 million", and because it is the reading `checkHeadlineTotal` holds every headline to, so
 * what Bidra writes always passes its own check. Below 1 miljon kronor the exact amount is said
 * ("893 984 kr"): "0,9 miljoner" would hide a tenth of the money. The release also prints the exact
 * total beside the rounded one, so nothing is lost to the rounding.
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
 * SPEC §3.10 for the free text of a press release (its headline, lead and intro): every amount it states
 * must be the total of its lines or the amount of one line, at the precision it is written in ("25,4
 * miljoner" agrees with 25 421 501 kr; "25,5 miljoner" does not). One finding per figure that agrees
 * with neither, naming the figure and the total.
 */
export function checkPressReleaseFigures(text: string, lines: readonly Ore[]): Finding[] {
  const total = sumOre(lines);
  return amountsInText(text)
    .filter((figure) => checkHeadlineTotal(figure, lines).length > 0)
    .filter((figure) => !lines.some((line) => checkHeadlineTotal(figure, [line]).length === 0))
    .map((figure) => finding('press_release.figure_mismatch', 'error', { figure, sumOre: total }));
}
