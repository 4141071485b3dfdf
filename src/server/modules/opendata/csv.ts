/**
 * CSV as RFC 4180 describes it and as the EU regulation asks (Art. 49(4): open, machine-readable): UTF-8,
 * a header row, comma-separated, CRLF line ends; a field is quoted when it holds a comma, a quote or a
 * line break, and quotes inside are doubled. Text that a spreadsheet would run as a formula (it starts
 * with =, +, - or @ and is not a number) gets a leading apostrophe, so that words an applicant typed
 * cannot execute when a reader opens the file.
 */
export type CsvValue = string | number | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** A CSV from named columns: each column has its header and a function reading the value from a record. */
export function csvOf<T>(columns: readonly { header: string; value: (t: T) => CsvValue }[], records: readonly T[]) {
  return toCsv(
    columns.map((c) => c.header),
    records.map((r) => columns.map((c) => c.value(r))),
  );
}
