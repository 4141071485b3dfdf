import type { Portfolio } from './use-cases/build-portfolio.js';

/*
 * The dashboard's tables as CSV for Excel with Swedish settings: UTF-8 with a byte order mark (so å, ä
 * and ö survive), semicolon between fields, CRLF between records, Swedish headers, and amounts in kronor
 * with öre as two decimals after a decimal comma ("5505388,50") and no thousands separator, which Excel
 * reads as a number. Text fields are quoted when they need it (RFC 4180). This is a spreadsheet for
 * staff; the open-data exports (modules/opendata) keep the international form instead (comma, decimal
 * point, English column names), as their standards require. Both carry öre exactly.
 */

export const CSV_TABLES = ['priorities', 'years', 'municipalities', 'owner-types', 'appropriations'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const BOM = '\uFEFF';

/** Öre as kronor with two decimals and a decimal comma: 550538850 → "5505388,50", −150 → "-1,50". */
export function kronorCell(ore: number): string {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`not an amount in öre: ${ore}`);
  const abs = Math.abs(ore);
  return `${ore < 0 ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const raw = String(value);
  // Text a spreadsheet would run as a formula gets a leading apostrophe (amounts such as "-1,50" do not).
  const s = /^[=+\-@\t\r]/.test(raw) && !/^-?\d/.test(raw) ? `'${raw}` : raw;
  return /[";\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
}

/** Swedish names of the owner organisation types (the database keeps the English codes). */
export const OWNER_TYPE_SV: Record<string, string> = {
  region: 'Region',
  municipality: 'Kommun',
  state_agency: 'Statlig myndighet',
  university: 'Universitet eller högskola',
  company: 'Företag',
  association: 'Förening',
  other: 'Övrig',
};

export const NO_PRIORITY_SV = 'Ingen prioritering angiven';
export const NO_MUNICIPALITY_SV = 'Ingen kommun angiven';
export const NO_YEAR_SV = 'Beslutsdatum saknas';

/** File names such as "portfolj-prioriteringar.csv". */
export const CSV_FILE_NAMES: Record<CsvTable, string> = {
  priorities: 'portfolj-prioriteringar.csv',
  years: 'portfolj-beslutsar.csv',
  municipalities: 'portfolj-kommuner.csv',
  'owner-types': 'portfolj-organisationstyper.csv',
  appropriations: 'portfolj-anslag.csv',
};

export function portfolioCsv(p: Portfolio, table: CsvTable): string {
  switch (table) {
    case 'priorities':
      return toCsv(
        ['Prioritering', 'Benämning', 'Antal projekt', 'Beviljat belopp (kr)'],
        p.byPriority.map((r) => [r.code, r.title ?? NO_PRIORITY_SV, r.projectCount, kronorCell(r.grantedOre)]),
      );
    case 'years':
      return toCsv(
        ['Beslutsår', 'Antal projekt', 'Beviljat belopp (kr)'],
        p.byYear.map((r) => [r.year ?? NO_YEAR_SV, r.projectCount, kronorCell(r.grantedOre)]),
      );
    case 'municipalities':
      return toCsv(
        ['Kommunkod', 'Kommun', 'Län', 'Antal projekt som berör kommunen', 'Beviljat belopp, fördelat (kr)'],
        p.byMunicipality.map((r) => [
          r.code,
          r.code === null ? NO_MUNICIPALITY_SV : (r.name ?? r.code),
          r.county,
          r.projectCount,
          kronorCell(r.grantedOre),
        ]),
      );
    case 'owner-types':
      return toCsv(
        ['Projektägarens organisationstyp', 'Antal projekt', 'Beviljat belopp (kr)'],
        p.byOwnerType.map((r) => [OWNER_TYPE_SV[r.type] ?? r.type, r.projectCount, kronorCell(r.grantedOre)]),
      );
    case 'appropriations':
      return toCsv(
        ['Anslag', 'År', 'Budget (kr)', 'Beviljat ej avslutat (kr)', 'Utbetalt (kr)', 'Återstår att bevilja (kr)'],
        p.byAppropriation.map((r) => [
          r.label,
          r.year,
          r.budgetOre === null ? null : kronorCell(r.budgetOre),
          kronorCell(r.committedOre),
          kronorCell(r.paidOre),
          kronorCell(r.remainingOre),
        ]),
      );
  }
}
