import { formatSek, kronor, ore } from '../../src/domain/index.js';

// The web app's one way to show money: the internal API speaks öre (integers), the public API whole
// kronor; both are printed by the domain's formatSek ("1 000 000 kr", non-breaking spaces).

/** An amount in öre as "1 234 567 kr"; `empty` where there is none. */
export const sek = (amountOre: number | null | undefined, empty = ''): string =>
  amountOre == null ? empty : formatSek(ore(amountOre));

/** The same, with a dash where there is no amount (tables where an empty cell would read as missing). */
export const sekOrDash = (amountOre: number | null | undefined): string => sek(amountOre, '–');

/** A public-API amount in whole kronor as "1 234 567 kr"; empty where there is none. */
export const sekFromKronor = (amountKronor: number | null | undefined): string =>
  amountKronor == null ? '' : formatSek(kronor(amountKronor));
