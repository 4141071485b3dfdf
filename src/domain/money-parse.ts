import { domainError } from './errors.js';
import { basisPoints, ore, type BasisPoints, type Ore } from './money.js';
import { err, ok, type Result } from './result.js';

/** Unit words as documents write them, in kronor. Each may be followed by "kr", "kronor" or "sek". */
const UNIT_WORDS: Record<string, number> = {
  '': 1,
  kr: 1,
  kronor: 1,
  sek: 1,
  ':-': 1,
  tkr: 1_000,
  tsek: 1_000,
  ksek: 1_000,
  tusen: 1_000,
  mkr: 1_000_000,
  mnkr: 1_000_000,
  msek: 1_000_000,
  mn: 1_000_000,
  milj: 1_000_000,
  miljon: 1_000_000,
  miljoner: 1_000_000,
  mdkr: 1_000_000_000,
  mdr: 1_000_000_000,
  miljard: 1_000_000_000,
  miljarder: 1_000_000_000,
};

function unitOf(text: string): number | undefined {
  const words = text.replace(/\./g, '').trim();
  if (words in UNIT_WORDS) return UNIT_WORDS[words];
  const m = /^(\S+) (?:kr|kronor|sek)$/.exec(words);
  const base = m ? UNIT_WORDS[m[1]!] : undefined;
  return base !== undefined && base > 1 ? base : undefined;
}

export interface ParsedAmount {
  ore: Ore;
  /** The unit the text used, in kronor (1, 1 000, 1 000 000 …), and how many decimals it gave. */
  unitSek: number;
  decimals: number;
}

// Spaces that sv-SE text uses between digit groups: normal, no-break, narrow no-break, thin, figure.
const SPACES = /[\u00a0\u202f\u2009\u2007]/g;
// Digit groups are separated consistently by spaces or by dots (1.000.000); a decimal comma or, with at most
// two decimals, a decimal point ("12.5").
const AMOUNT = /^(-)? ?(\d{1,3}(?: \d{3})+|\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+)|\.(\d{1,2}))? ?(.*)$/;

/** Reads a whole string such as "5 505 389 kr", "5,5 miljoner", "745 tkr", "-1 200 kr" with its precision. */
export function parseSekDetailed(text: string): Result<ParsedAmount> {
  const norm = text
    .replace(SPACES, ' ')
    .replace(/\u2212/g, '-')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
  const m = AMOUNT.exec(norm);
  const unit = m ? unitOf(m[5] ?? '') : undefined;
  if (!m || unit === undefined) return err(domainError('money.invalid', { input: text }));
  const decimals = m[3] ?? m[4] ?? '';
  const scale = 10n ** BigInt(decimals.length);
  const scaled = (BigInt(m[2]!.replace(/[ .]/g, '')) * scale + BigInt(decimals || '0')) * BigInt(unit) * 100n;
  if (scaled % scale !== 0n) return err(domainError('money.fraction_of_ore', { input: text }));
  const value = (m[1] ? -1n : 1n) * (scaled / scale);
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
    return err(domainError('money.unsafe_integer', { input: text }));
  }
  return ok({ ore: ore(Number(value)), unitSek: unit, decimals: decimals.length });
}

/** Reads an amount written the way Swedish documents write them; the whole string must be an amount. */
export function parseSek(text: string): Result<Ore> {
  const r = parseSekDetailed(text);
  return r.ok ? ok(r.value.ore) : r;
}

export interface HeadlinePrecision {
  /** The unit the headline counts in, in kronor: 1 000 000 for "25,5 miljoner". */
  unitSek: number;
  decimals: number;
  /** The value of the last digit shown, in öre: 0,1 miljon = 10 000 000 öre. */
  stepOre: Ore;
}

/**
 * How precisely a headline states its amount: "25,5 miljoner" is a number of millions to one decimal, so a
 * sum is consistent with it when the sum, rounded to whole tenths of a million, is 25,5 miljoner.
 */
export function headlinePrecision(text: string): Result<HeadlinePrecision> {
  const r = parseSekDetailed(text);
  if (!r.ok) return r;
  const step = (BigInt(r.value.unitSek) * 100n) / 10n ** BigInt(r.value.decimals);
  return ok({ unitSek: r.value.unitSek, decimals: r.value.decimals, stepOre: ore(Number(step > 0n ? step : 1n)) });
}

/** "50,00", "50 %", "50,00 %", "12.5", 50 → basis points; more than two decimals is refused, not rounded. */
export function percentToBasisPoints(input: string | number): Result<BasisPoints> {
  const text = String(input).replace(SPACES, ' ').trim().replace(/ ?%$/, '');
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text);
  const bp = m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : NaN;
  if (!(bp <= 10_000)) return err(domainError('share.invalid', { input: String(input) }));
  return ok(basisPoints(bp));
}
