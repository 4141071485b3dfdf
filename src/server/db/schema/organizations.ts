import { sql } from 'drizzle-orm';
import { check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { id, restrict, timestamps, version } from './columns.js';
import { organizationType } from './enums.js';

/** Swedish municipalities by SCB code (kommunkod): what a project covers, what dashboards group by. */
export const municipalities = pgTable(
  'municipalities',
  {
    code: text('code').primaryKey(), // '2480' Umeå
    name: text('name').notNull(),
    county: text('county').notNull(), // 'Västerbottens län'
  },
  (t) => [check('municipalities_code_format', sql`${t.code} ~ '^[0-9]{4}$'`)],
);

/**
 * Any organisation Bidra deals with: applicants and beneficiaries, funders, financiers, state agencies,
 * recipients of state allocations, parties to a commission. The organisation number is optional because
 * documents often name an organisation without one (seed 004's company, seed 002's municipalities);
 * when present it is unique, and its Luhn digit is checked by the domain before it gets here.
 */
export const organizations = pgTable(
  'organizations',
  {
    id: id(),
    orgNumber: text('org_number').unique(),
    name: text('name').notNull(),
    type: organizationType('type').notNull().default('other'),
    municipalityCode: text('municipality_code').references(() => municipalities.code, restrict),
    email: text('email'),
    phone: text('phone'),
    /** Postal address as printed on letters, e.g. "901 89 Umeå". */
    postalAddress: text('postal_address'),
    website: text('website'),
    ...timestamps(),
    version: version(),
  },
  (t) => [
    check('organizations_org_number_format', sql`${t.orgNumber} ~ '^[0-9]{6}-[0-9]{4}$'`),
    index('organizations_name_idx').on(t.name),
    index('organizations_type_idx').on(t.type),
  ],
);

export type Municipality = typeof municipalities.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
