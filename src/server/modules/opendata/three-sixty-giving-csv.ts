import { toCsv, type CsvValue } from './csv.js';
import type { ThreeSixtyGrant } from './three-sixty-giving.js';

/**
 * The 360Giving CSV: the JSON grants flattened with the column titles of the standard's schema, the way
 * its spreadsheet templates and flatten-tool name them: a field of the grant by its title ("Amount
 * Awarded"), a field of an object in a list by the list's title and the field's ("Recipient Org:Name").
 * A list that holds more than one object in some grant of the export is numbered from 0 in every grant
 * ("Beneficiary Location:0:Name", "Beneficiary Location:1:Name"), so that no value is lost.
 */

/** Titles of the grant's fields, in the order of the standard's templates. */
export const GRANT_TITLES = {
  id: 'Identifier',
  title: 'Title',
  description: 'Description',
  currency: 'Currency',
  amountAwarded: 'Amount Awarded',
  awardDate: 'Award Date',
  url: 'URL',
  plannedDates: 'Planned Dates',
  recipientOrganization: 'Recipient Org',
  fundingOrganization: 'Funding Org',
  grantProgramme: 'Grant Programme',
  beneficiaryLocation: 'Beneficiary Location',
  classifications: 'Classifications',
  dateModified: 'Last Modified',
  dataSource: 'Data Source',
} as const satisfies Record<keyof ThreeSixtyGrant, string>;

/** Titles of the fields of the objects in the grant's lists (schema $defs Organization, Event, …). */
export const OBJECT_TITLES: Record<string, Record<string, string>> = {
  plannedDates: { startDate: 'Start Date', endDate: 'End Date' },
  recipientOrganization: {
    id: 'Identifier',
    name: 'Name',
    companyNumber: 'Company Number',
    addressCountry: 'Country',
    organisationType: 'Organisation Type',
  },
  fundingOrganization: { id: 'Identifier', name: 'Name', department: 'Department' },
  grantProgramme: { code: 'Code', title: 'Title' },
  beneficiaryLocation: {
    id: 'Identifier',
    name: 'Name',
    countryCode: 'Country Code',
    geoCode: 'Geographic Code',
    description: 'Description',
  },
  classifications: { vocabulary: 'Vocabulary', code: 'Code', title: 'Title' },
};

type GrantKey = keyof typeof GRANT_TITLES;
const KEYS = Object.keys(GRANT_TITLES) as GrantKey[];

export function threeSixtyGivingCsv(grants: readonly ThreeSixtyGrant[]): string {
  const longest = (key: GrantKey) =>
    Math.max(0, ...grants.map((g) => (Array.isArray(g[key]) ? (g[key] as unknown[]).length : 0)));
  const columns: { header: string; value: (g: ThreeSixtyGrant) => CsvValue }[] = [];
  for (const key of KEYS) {
    const fields = OBJECT_TITLES[key];
    if (!fields) {
      columns.push({ header: GRANT_TITLES[key], value: (g) => g[key] as CsvValue });
      continue;
    }
    const n = longest(key);
    for (let i = 0; i < n; i++) {
      for (const [field, title] of Object.entries(fields)) {
        const header = n === 1 ? `${GRANT_TITLES[key]}:${title}` : `${GRANT_TITLES[key]}:${i}:${title}`;
        columns.push({
          header,
          value: (g) => ((g[key] as Record<string, CsvValue>[] | undefined)?.[i] ?? {})[field],
        });
      }
    }
  }
  // A column no grant fills (an optional field nobody has) is left out; an empty export keeps them all.
  const used = grants.length === 0 ? columns : columns.filter((c) => grants.some((g) => c.value(g) !== undefined));
  return toCsv(
    used.map((c) => c.header),
    grants.map((g) => used.map((c) => c.value(g))),
  );
}
