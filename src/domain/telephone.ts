/**
 * Telephone numbers as they are printed on letters and press releases ("Vid frågor kontakta …, tfn
 * 090-785 00 00"). Bidra does not dial them; it only makes sure what is printed can be dialled: digits
 * grouped by spaces or hyphens, an area code in parentheses, an optional leading + for a country code.
 */

/** The fewest and most digits a number written for people may hold (a short local number to E.164's 15). */
const MIN_DIGITS = 5;
const MAX_DIGITS = 15;

/** Whether `text` is a telephone number a reader could dial. Surrounding whitespace is ignored. */
export function isTelephoneNumber(text: string): boolean {
  const s = text.trim();
  // Only digits and the separators people write, the + only first; no two separators in a row.
  if (!/^\+?[0-9()]+(?:[ -]?[0-9()]+)*$/.test(s)) return false;
  if (!balancedParentheses(s)) return false;
  const digits = s.replace(/\D/g, '').length;
  return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
}

/** At most one pair, opened before it closes, with digits inside: "(090) 12 34 56". */
function balancedParentheses(s: string): boolean {
  const open = s.indexOf('(');
  const close = s.indexOf(')');
  if (open === -1 && close === -1) return true;
  if (open === -1 || close === -1 || close < open) return false;
  if (s.indexOf('(', open + 1) !== -1 || s.indexOf(')', close + 1) !== -1) return false;
  return /\d/.test(s.slice(open + 1, close));
}

/** The number as printed: trimmed, runs of spaces made one. Null for blank. */
export function normaliseTelephoneNumber(text: string | null | undefined): string | null {
  const s = (text ?? '').trim().replace(/\s+/g, ' ');
  return s === '' ? null : s;
}
