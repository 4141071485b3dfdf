import { bigint, date, integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Shared column shapes, so every table spells money, dates and versions the same way. */

/** Random UUIDs: ids appear in URLs and must not be guessable or enumerable. */
export const id = () => uuid('id').primaryKey().defaultRandom();
/** Integer öre (1 kr = 100 öre) as bigint; JavaScript sees a safe integer. Never numeric or float. */
export const money = (name: string) => bigint(name, { mode: 'number' });
/** A calendar date, 'YYYY-MM-DD': no time zone can shift a deadline or a project period by a day. */
export const day = (name: string) => date(name, { mode: 'string' });
/** An instant (an event happened then), always with time zone. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** Optimistic concurrency: every update bumps it; a stale write (wrong version) is refused with 409. */
export const version = () => integer('version').notNull().default(1);
export const timestamps = () => ({
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** Records are referenced, never silently orphaned: deleting a referenced row is refused. */
export const restrict = { onDelete: 'restrict' } as const;
/** Parts that exist only inside their owner (lines of a budget, grades of an assessment) go with it. */
export const cascade = { onDelete: 'cascade' } as const;
