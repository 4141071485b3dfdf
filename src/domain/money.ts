// Money is a safe integer number of öre, shares are basis points, and rounding is one rule
// (docs/domain/rules.md, "Money" and "Share cap and rounding").
// This file imports nothing so that errors.ts can format amounts in messages without an import cycle.

/** Money: a safe integer number of öre (1 kr = 100 öre). Never a float of kronor. */
export type Ore = number & { readonly __brand: 'Ore' };
/** A share in basis points, 0..10 000: 50,00 % = 5000. */
export type BasisPoints = number & { readonly __brand: 'BasisPoints' };

/** The only way to make an `Ore`: refuses fractions and amounts beyond 2^53, where integers stop being exact. */
export function ore(n: number): Ore {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a safe whole number of öre: ${n}`);
  return (n === 0 ? 0 : n) as Ore; // no -0: it would print as "−0 kr"
}
export const ZERO_ORE = ore(0);

/**
 * Kronor as written in code or seed data (5505389, 5505388.5) → öre. Reads the number's own decimal text
 * rather than multiplying by 100, so 0.29 kr is 29 öre and never 28.999999999999996.
 */
export function kronor(n: number): Ore {
  const m = Number.isFinite(n) ? /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(String(n)) : null;
  if (!m) throw new RangeError(`not a krona amount with at most two decimals: ${n}`);
  const value = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return ore(Number(m[1] ? -value : value));
}
/**
 * For JSON and documents that speak whole kronor (docs/domain/public-contracts.md, "Units: kronor and percent"); not
 * for arithmetic.
 */
export const oreToKronor = (o: Ore): number => o / 100;

export const addOre = (a: Ore, b: Ore): Ore => ore(a + b);
export const subOre = (a: Ore, b: Ore): Ore => ore(a - b);
export const sumOre = (xs: readonly Ore[]): Ore => xs.reduce<Ore>(addOre, ZERO_ORE);
export const minOre = (first: Ore, ...rest: Ore[]): Ore => ore(Math.min(first, ...rest));
export const maxOre = (first: Ore, ...rest: Ore[]): Ore => ore(Math.max(first, ...rest));

export function basisPoints(n: number): BasisPoints {
  if (!Number.isInteger(n) || n < 0 || n > 10_000) throw new RangeError(`not a share in basis points (0–10000): ${n}`);
  return n as BasisPoints;
}
/** 5000 → 50. For display and JSON (`maxSharePercent`). */
export const basisPointsToPercent = (bp: BasisPoints): number => bp / 100;

// ---- The rounding rule (docs/domain/rules.md, "Share cap and rounding"), written once ----

/**
 * numerator / denominator rounded to the nearest integer, halves away from zero (denominator > 0). This is
 * "round half up" for the positive amounts the rules deal in; mirroring it for negative amounts makes a
 * refund round exactly like the payment it reverses. Every rounding in the domain goes through here.
 */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const abs = numerator < 0n ? -numerator : numerator;
  const q = (2n * abs + denominator) / (2n * denominator);
  return numerator < 0n ? -q : q;
}

const ORE_PER_KRONA = 100n;

/** Whole kronor, half up: 5 505 388,50 kr → 5 505 389 kr; −0,50 kr → −1 kr (half away from zero). */
export const roundHalfUpToKrona = (o: Ore): Ore => ore(Number(roundHalfUp(BigInt(o), ORE_PER_KRONA) * ORE_PER_KRONA));

/**
 * How a funder rounds "högst N procent av godkända kostnader" to whole kronor (its setting
 * share_cap_rounding): 'down' never lets a grant exceed the share (the default); 'half_up' is the
 * older practice of some funders (the DVIS decision: 5 505 388,50 kr → 5 505 389 kr).
 */
export type ShareCapRounding = 'down' | 'half_up';
export const SHARE_CAP_ROUNDINGS: readonly ShareCapRounding[] = ['down', 'half_up'];

/** amount × share in whole kronor, rounded the funder's way: down (toward zero) or half up. */
export function applyShareRounded(amount: Ore, share: BasisPoints, rounding: ShareCapRounding): Ore {
  if (rounding === 'half_up') return applyShare(amount, share);
  const kr = (BigInt(amount) * BigInt(share)) / (10_000n * ORE_PER_KRONA);
  return ore(Number(kr * ORE_PER_KRONA));
}

/**
 * amount × share, rounded to whole kronor by the one rule. BigInt inside because öre × basis points
 * passes 2^53 for amounts above about 9 miljarder kr.
 */
export function applyShare(amount: Ore, share: BasisPoints): Ore {
  const kr = roundHalfUp(BigInt(amount) * BigInt(share), 10_000n * ORE_PER_KRONA);
  return ore(Number(kr * ORE_PER_KRONA));
}

/** An exact share: whole öre (truncated toward zero) plus the rest in ten-thousandths of an öre. */
export interface ExactShare {
  ore: Ore;
  tenThousandthsOfOre: number;
}
/** amount × share without rounding, for reports such as "50,00 % av 11 010 777 kr = 5 505 388,50 kr". */
export function exactShare(amount: Ore, share: BasisPoints): ExactShare {
  const n = BigInt(amount) * BigInt(share);
  return { ore: ore(Number(n / 10_000n)), tenThousandthsOfOre: Number(n % 10_000n) };
}

// ---- Formatting (sv-SE) ----

const NBSP = '\u00a0';
const MINUS = '\u2212'; // what Intl's sv-SE uses for negative numbers
const wholeFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/**
 * "5 505 389 kr"; with öre "5 505 388,50 kr"; negative "−1 200 kr". Group separator and the space before
 * "kr" are non-breaking, as sv-SE writes them, so an amount never wraps across lines.
 */
export function formatSek(o: Ore): string {
  const abs = BigInt(Math.abs(o));
  const whole = wholeFormat.format(abs / ORE_PER_KRONA);
  const rest = Number(abs % ORE_PER_KRONA);
  const fraction = rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`;
  return `${o < 0 ? MINUS : ''}${whole}${fraction}${NBSP}kr`;
}

const percentFormat = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** 5000 → "50,00 %" (non-breaking space before the sign). */
export const formatPercent = (bp: BasisPoints): string => `${percentFormat.format(bp / 100)}${NBSP}%`;

/**
 * A headline figure in millions, as a press release writes it: 25 421 501 kr → "25,4 miljoner". Rounded
 * by the one rule at the headline's precision, so `checkHeadlineTotal` accepts what this writes.
 */
export function formatMillions(amount: Ore | number, decimals = 1): string {
  const o = ore(amount);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) throw new RangeError(`decimals 0–6: ${decimals}`);
  const scale = 10n ** BigInt(decimals);
  const units = roundHalfUp(BigInt(o) * scale, 1_000_000n * ORE_PER_KRONA);
  const abs = units < 0n ? -units : units;
  const whole = wholeFormat.format(abs / scale);
  const frac = abs % scale;
  const text = frac === 0n ? whole : `${whole},${String(frac).padStart(decimals, '0').replace(/0+$/, '')}`;
  return `${units < 0n ? MINUS : ''}${text} ${text === '1' ? 'miljon' : 'miljoner'}`;
}
