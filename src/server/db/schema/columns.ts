import { bigint, date, integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Shared column shapes, so every table spells money, dates and versions the same way. */
export const id = () => uuid('id').primaryKey().defaultRandom();
/** Integer öre (1 kr = 100 öre) as bigint; JavaScript sees a safe integer. */
export const money = (name: string) => bigint(name, { mode: 'number' });
/** A calendar date, 'YYYY-MM-DD'. */
export const day = (name: string) => date(name, { mode: 'string' });
/** An instant. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** Optimistic concurrency: every update bumps it; a stale write (wrong version) is refused with 409. */
export const version = () => integer('version').notNull().default(1);
export const timestamps = () => ({
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});
