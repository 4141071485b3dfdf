import { domainError } from './errors.js';
import { err, ok, type Result } from './result.js';

/** A Swedish organisation number, normalised to "NNNNNN-NNNN" with a valid Luhn check digit. */
export type OrgNumber = string & { readonly __brand: 'OrgNumber' };

/** The Luhn check digit of nine digits: weights 2, 1, 2, 1 … from the left, digits of products summed. */
export function luhnCheckDigit(nineDigits: string): number {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError(`expected nine digits: ${nineDigits}`);
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const v = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += v > 9 ? v - 9 : v;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Accepts "232100-0222", "2321000222" and the twelve-digit forms with the "16" prefix that some registers
 * use ("16232100-0222"); spaces around are fine. Form and check digit fail with different codes so that
 * a form can say "ten digits" or "the last digit should be 2".
 */
export function parseOrgNumber(input: string): Result<OrgNumber> {
  const m = /^(?:16)?(\d{6})-?(\d{4})$/.exec(input.trim());
  if (!m) return err(domainError('org_number.format', { input }));
  const digits = m[1]! + m[2]!;
  const expected = luhnCheckDigit(digits.slice(0, 9));
  const actual = Number(digits[9]);
  if (expected !== actual) return err(domainError('org_number.checksum', { input, expected, actual }));
  return ok(`${m[1]}-${m[2]}` as OrgNumber);
}

export const isValidOrgNumber = (input: string): boolean => parseOrgNumber(input).ok;

/**
 * Whether two texts name the same organisation: both are organisation numbers and equal once normalised
 * ("2021002874", "202100-2874" and "16202100-2874" are one number). Text that is no number matches nothing.
 */
export function sameOrgNumber(a: string, b: string): boolean {
  const x = parseOrgNumber(a);
  const y = parseOrgNumber(b);
  return x.ok && y.ok && x.value === y.value;
}

export type OrganizationType =
  'public_sector' | 'limited_company' | 'economic_association' | 'non_profit' | 'partnership' | 'other';

/**
 * The kind of organisation from the first digit, Bolagsverket's group number: 2 the state, regions,
 * municipalities and other public bodies; 5 limited companies; 7 economic associations; 8 non-profit
 * associations and foundations; 6 simple and 9 trading or limited partnerships. 1 (estates), 3 (foreign)
 * and 4 are rare among beneficiaries and reported as other. The portfolio dashboard groups by this.
 */
export function organizationType(orgNumber: OrgNumber): OrganizationType {
  switch (orgNumber[0]) {
    case '2':
      return 'public_sector';
    case '5':
      return 'limited_company';
    case '7':
      return 'economic_association';
    case '8':
      return 'non_profit';
    case '6':
    case '9':
      return 'partnership';
    default:
      return 'other';
  }
}
