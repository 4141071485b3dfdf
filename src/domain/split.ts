import { domainError } from './errors.js';
import { ore, type Ore } from './money.js';
import { err, ok, type Result } from './result.js';

/**
 * docs/domain/rules.md, "Refunds split by largest remainder": splits `total` in proportion to `weights` (e.g. each
 * party's contribution in öre) in whole `unit`s (1 öre, or 100 for whole kronor), so that the parts sum exactly to the
 * total. Each part first gets its exact share rounded toward zero; the units left over go one each to the largest
 * remainders, ties to the earlier party, so the same input always gives the same split. A negative total (money owed
 * back) splits like its positive mirror.
 */
export function splitByLargestRemainder(total: Ore, weights: readonly number[], unit: Ore = ore(1)): Result<Ore[]> {
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) {
    throw new RangeError(`weights must be non-negative safe integers: ${weights.join(', ')}`);
  }
  if (!(unit > 0)) throw new RangeError(`the unit must be positive: ${unit}`);
  const weightSum = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (weightSum === 0n) return err(domainError('split.no_weights', { totalOre: total }));
  if (total % unit !== 0) return err(domainError('split.not_multiple_of_unit', { totalOre: total, unitOre: unit }));

  const sign = total < 0 ? -1n : 1n;
  const units = (sign * BigInt(total)) / BigInt(unit);
  const parts = weights.map((w) => (units * BigInt(w)) / weightSum);
  const remainders = weights.map((w) => (units * BigInt(w)) % weightSum);
  let left = units - parts.reduce((s, p) => s + p, 0n); // always fewer than the number of parties
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => (remainders[a]! === remainders[b]! ? a - b : remainders[a]! > remainders[b]! ? -1 : 1));
  for (const i of order) {
    if (left === 0n) break;
    parts[i] = parts[i]! + 1n;
    left -= 1n;
  }
  return ok(parts.map((p) => ore(Number(sign * p * BigInt(unit)))));
}
