import { seededRandom } from '../legacy-documents.js';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex16 = (n: number): string => HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;

/**
 * The synthetic portfolio's only source of chance: a seeded generator (mulberry32), so that the same seed
 * always gives the same portfolio, ids included, and two benchmark runs compare like with like.
 */
export class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  /** A number in [0, 1). */
  float(): number {
    return this.next();
  }

  /** A whole number from lo to hi, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new RangeError('pick from an empty list');
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  /** One of the keys, with the probability of its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [key, w] of entries) {
      x -= w;
      if (x < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** Skewed towards the start of the list: a few organisations own many projects, most own a few. */
  skewed<T>(xs: readonly T[]): T {
    const u = this.next();
    return xs[Math.floor(u * u * xs.length)]!;
  }

  /** A version 4 UUID made of this generator's numbers, so the ids are part of the seeded portfolio. */
  uuid(): string {
    const a = this.word();
    const b = this.word();
    const c = this.word();
    const d = this.word();
    // 8-4-4-4-12 hex digits; the version digit is 4 and the variant digit one of 8, 9, a, b.
    return (
      hex16(a >>> 16) +
      hex16(a & 0xffff) +
      '-' +
      hex16(b >>> 16) +
      '-' +
      hex16(0x4000 | (b & 0x0fff)) +
      '-' +
      hex16(0x8000 | ((c >>> 16) & 0x3fff)) +
      '-' +
      hex16(c & 0xffff) +
      hex16(d >>> 16) +
      hex16(d & 0xffff)
    );
  }

  private word(): number {
    return (this.next() * 2 ** 32) >>> 0;
  }
}
