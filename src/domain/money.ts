import { domainError } from './errors.js';
import { err, ok, type Result } from './result.js';

declare const oreBrand: unique symbol;
declare const bpBrand: unique symbol;

/** Money: a safe integer number of öre (1 kr = 100 öre). Never a float of kronor. */
export type Ore = number & { readonly [oreBrand]: true };
/** A share in basis points: 50,00 % = 5000. */
export type BasisPoints = number & { readonly [bpBrand]: true };

export function ore(n: number): Ore {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a safe whole number of öre: ${n}`);
  return n as Ore;
}
export const ZERO_ORE = ore(0);

/** Whole kronor, or kronor with at most two decimals (öre). */
export function kronor(n: number): Ore {
  const scaled = Math.round(n * 100);
  if (!Number.isFinite(n) || Math.abs(scaled - n * 100) > 1e-6) throw new RangeError(`not a krona amount: ${n}`);
  return ore(scaled);
}
export const oreToKronor = (o: Ore): number => o / 100;
export const addOre = (a: Ore, b: Ore): Ore => ore(a + b);
export const subOre = (a: Ore, b: Ore): Ore => ore(a - b);
export const sumOre = (xs: readonly Ore[]): Ore => xs.reduce<Ore>((s, x) => addOre(s, x), ZERO_ORE);
export const minOre = (...xs: Ore[]): Ore => ore(Math.min(...xs));
export const maxOre = (...xs: Ore[]): Ore => ore(Math.max(...xs));

export function basisPoints(n: number): BasisPoints {
  if (!Number.isInteger(n) || n < 0 || n > 10_000) throw new RangeError(`not a share in basis points: ${n}`);
  return n as BasisPoints;
}
export const basisPointsToPercent = (bp: BasisPoints): number => bp / 100;

/** "50,00", "50 %", "50,00 %", "12.5", 50 → basis points; more than two decimals is refused, not rounded. */
export function percentToBasisPoints(input: string | number): Result<BasisPoints> {
  const text = String(input).trim().replace(/\s*%$/, '').replace(/\s/g, '');
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!m) return err(domainError('share.invalid', { input }));
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (bp > 10_000) return err(domainError('share.invalid', { input }));
  return ok(basisPoints(bp));
}

// ---- The rounding rule (SPEC §3.2): whole kronor, half up. Written once, used everywhere. ----

/** Rounds to whole kronor, half up (half away from zero for negative amounts, so refunds mirror payments). */
export function roundHalfUpToKrona(o: Ore): Ore {
  const sign = o < 0 ? -1 : 1;
  const abs = Math.abs(o);
  const kr = Math.floor(abs / 100) + (abs % 100 >= 50 ? 1 : 0);
  return ore(kr === 0 ? 0 : sign * kr * 100);
}

/** amount × share, rounded to whole kronor half up. BigInt inside: exact for any safe amount. */
export function applyShare(amount: Ore, share: BasisPoints): Ore {
  const n = BigInt(amount) * BigInt(share); // öre × basis points
  const d = 1_000_000n; // 10 000 bp × 100 öre per krona
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const kr = (2n * abs + d) / (2n * d);
  return ore(Number(neg ? -kr : kr) * 100);
}

/**
 * amount × share without rounding, as öre plus a fraction of an öre in ten-thousandths, for reports such
 * as "50 % av 11 010 777 kr = 5 505 388,50 kr".
 */
export function exactShare(amount: Ore, share: BasisPoints): { ore: Ore; tenThousandthsOfOre: number } {
  const n = BigInt(amount) * BigInt(share);
  return { ore: ore(Number(n / 10_000n)), tenThousandthsOfOre: Number(n % 10_000n) };
}

// ---- Largest remainder (SPEC §3.8) ----

/**
 * Splits `total` in proportion to `weights`, in whole `unit`s, so that the parts sum exactly to the total.
 * Each part first gets its share rounded down; the units left over go to the largest remainders, ties to
 * the earlier party (deterministic).
 */
export function splitByLargestRemainder(total: Ore, weights: readonly number[], unit: Ore = ore(1)): Result<Ore[]> {
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0))
    throw new RangeError('weights must be non-negative integers');
  const sumW = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (sumW === 0n) return err(domainError('split.no_weights'));
  if (unit <= 0 || total % unit !== 0)
    return err(domainError('split.not_multiple_of_unit', { total: formatSek(total), unit: formatSek(unit) }));
  const sign = total < 0 ? -1n : 1n;
  const units = (BigInt(total) * sign) / BigInt(unit);
  const base = weights.map((w) => (units * BigInt(w)) / sumW);
  const rem = weights.map((w) => (units * BigInt(w)) % sumW);
  let left = units - base.reduce((s, q) => s + q, 0n);
  const order = weights.map((_, i) => i).sort((a, b) => (rem[b]! > rem[a]! ? 1 : rem[b]! < rem[a]! ? -1 : a - b));
  for (const i of order) {
    if (left === 0n) break;
    base[i] = base[i]! + 1n;
    left -= 1n;
  }
  return ok(base.map((q) => ore(Number(q * BigInt(unit) * sign))));
}

// ---- Formatting and parsing (sv-SE) ----

const NBSP = '\u00a0';
const groupFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** "5 505 389 kr"; with öre "5 505 388,50 kr". Spaces are non-breaking, as sv-SE writes them. */
export function formatSek(o: Ore): string {
  const abs = BigInt(Math.abs(o));
  const kr = groupFormat.format(abs / 100n);
  const rest = Number(abs % 100n);
  const sign = o < 0 ? '\u2212' : '';
  return `${sign}${kr}${rest ? ',' + String(rest).padStart(2, '0') : ''}${NBSP}kr`;
}

const percentFormat = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** "50,00 %". */
export const formatPercent = (bp: BasisPoints): string => `${percentFormat.format(bp / 100)}${NBSP}%`;

const UNITS: [RegExp, number][] = [
  [/^(kr|kronor|sek|:-)?$/, 1],
  [/^(tkr|tsek|ksek|tusen( kronor| kr)?)$/, 1_000],
  [/^(mkr|mnkr|msek|mn kr|mn|milj\.?( kr| kronor)?|miljon(er)?( kr| kronor)?)$/, 1_000_000],
  [/^(mdkr|mdr|mdkr\.?|miljard(er)?( kr| kronor)?)$/, 1_000_000_000],
];

export interface ParsedAmount {
  ore: Ore;
  /** The unit the text used, in kronor (1, 1 000, 1 000 000 …), and how many decimals it gave. */
  unitSek: number;
  decimals: number;
}

/** Reads "5 505 389 kr", "5,5 miljoner", "745 tkr", "265 tusen kronor", "1 000 000 kronor", "-1 200 kr". */
export function parseSekDetailed(text: string): Result<ParsedAmount> {
  const norm = text
    .replace(/[\u00a0\u202f\u2009\u2007]/g, ' ')
    .replace(/\u2212/g, '-')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
  const m = /^(-)?\s?(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d+)|\.(\d{1,2}))?\s?(.*)$/.exec(norm);
  if (!m) return err(domainError('money.invalid', { input: text }));
  const [, minus, intPart, decComma, decDot, unitText] = m;
  const unit = UNITS.find(([re]) => re.test(unitText ?? ''))?.[1];
  if (unit === undefined) return err(domainError('money.invalid', { input: text }));
  const digits = intPart!.replace(/[ .]/g, '');
  const dec = decComma ?? decDot ?? '';
  const scale = 10n ** BigInt(dec.length);
  const num = (BigInt(digits) * scale + BigInt(dec || '0')) * BigInt(unit) * 100n;
  if (num % scale !== 0n) return err(domainError('money.invalid', { input: text }));
  const value = Number(num / scale) * (minus ? -1 : 1);
  if (!Number.isSafeInteger(value)) return err(domainError('money.unsafe_integer', { input: text }));
  return ok({ ore: ore(value), unitSek: unit, decimals: dec.length });
}

export function parseSek(text: string): Result<Ore> {
  const r = parseSekDetailed(text);
  return r.ok ? ok(r.value.ore) : r;
}
