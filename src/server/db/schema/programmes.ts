import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, restrict, timestamps } from './columns.js';
import { funders } from './funders.js';
import { organizations } from './organizations.js';

/**
 * An EU programme a project may be co-financed by, e.g. Regionalfondsprogrammet Övre Norrland 2021–2027
 * (ERDF), whose main funder (Tillväxtverket) the region follows in amendments and reporting.
 */
export const programmes = pgTable(
  'programmes',
  {
    id: id(),
    /** The funder that keeps this programme in its settings; null for one no funder keeps (imported). */
    funderId: uuid('funder_id').references(() => funders.id, restrict),
    name: text('name').notNull(),
    shortName: text('short_name'),
    fund: text('fund'), // 'ERDF'
    mainFunderOrganizationId: uuid('main_funder_organization_id').references(() => organizations.id, restrict),
    yearFrom: integer('year_from'),
    yearTo: integer('year_to'),
    /** The Commission's programme code (CCI), needed by the Article 49 export. */
    cci: text('cci'),
    ...timestamps(),
  },
  (t) => [
    index('programmes_main_funder_idx').on(t.mainFunderOrganizationId),
    index('programmes_funder_idx').on(t.funderId),
    check('programmes_years_order', sql`${t.yearFrom} IS NULL OR ${t.yearTo} IS NULL OR ${t.yearFrom} <= ${t.yearTo}`),
  ],
);

export type Programme = typeof programmes.$inferSelect;
