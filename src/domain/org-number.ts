import { domainError } from './errors.js';
import { err, ok, type Result } from './result.js';

declare const orgBrand: unique symbol;
/** A Swedish organisation number, normalised to "NNNNNN-NNNN" with a valid Luhn check digit. */
export type OrgNumber = string & { readonly [orgBrand]: true };

/** The Luhn check digit for nine digits (weights 2,1,2,1 … from the left). */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let v = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

/** Accepts "232100-0222", "2321000222" and the 12-digit forms with the "16" prefix; spaces around are fine. */
export function parseOrgNumber(input: string): Result<OrgNumber> {
  const compact = input.trim().replace(/[\s-]/g, '');
  const m = /^(?:16)?(\d{10})$/.exec(compact);
  if (!m || !/^(?:16)?\d{6}-?\d{4}$/.test(input.trim().replace(/\s/g, ''))) {
    return err(domainError('org_number.format', { input }));
  }
  const digits = m[1]!;
  const expected = luhnCheckDigit(digits.slice(0, 9));
  const actual = Number(digits[9]);
  if (expected !== actual) return err(domainError('org_number.checksum', { input, expected, actual }));
  return ok(`${digits.slice(0, 6)}-${digits.slice(6)}` as OrgNumber);
}

export const isValidOrgNumber = (input: string): boolean => parseOrgNumber(input).ok;

export type LegalFormGroup =
  | 'estate'
  | 'public_sector'
  | 'foreign_or_other'
  | 'limited_company'
  | 'simple_partnership'
  | 'economic_association'
  | 'non_profit'
  | 'partnership';

/**
 * The legal-form group from the first digit (Bolagsverket's group numbers): 2 is the state, regions,
 * municipalities and other public bodies; 5 limited companies; 7 economic associations; 8 non-profit
 * associations and foundations; 9 trading and limited partnerships.
 */
export function legalFormGroup(orgNumber: OrgNumber): LegalFormGroup {
  switch (orgNumber[0]) {
    case '1':
      return 'estate';
    case '2':
      return 'public_sector';
    case '5':
      return 'limited_company';
    case '6':
      return 'simple_partnership';
    case '7':
      return 'economic_association';
    case '8':
      return 'non_profit';
    case '9':
      return 'partnership';
    default:
      return 'foreign_or_other';
  }
}
