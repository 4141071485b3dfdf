import { sql } from 'drizzle-orm';
import { queryRows, toNumber, type Executor } from '../db/client.js';

/** One table of Bidra's schema as the database itself describes it. */
export interface CatalogTable {
  name: string;
  /** Stored columns in their order; generated columns are not among them. */
  columns: string[];
  generated: string[];
  primaryKey: string[];
  /** Columns fed by a sequence (identity or serial): reset to their maximum after a restore. */
  sequenced: string[];
}

/**
 * Every table in the `public` schema, read from the catalog rather than from the Drizzle schema so that
 * a backup holds what the database holds — also a table a migration added that the code no longer maps.
 * Drizzle's own bookkeeping lives in the `drizzle` schema and is not data: the target is migrated instead.
 */
export async function readCatalog(db: Executor): Promise<CatalogTable[]> {
  const rows = await queryRows<{
    table: string;
    column: string;
    generated: boolean;
    in_key: number | null;
    sequenced: boolean;
  }>(
    db,
    sql`SELECT c.relname AS "table", a.attname AS "column", a.attgenerated <> '' AS generated,
               array_position(i.indkey::int2[], a.attnum) AS in_key,
               pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL AS sequenced
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        ORDER BY c.relname, a.attnum`,
  );
  const tables = new Map<string, CatalogTable & { keyOrder: [number, string][] }>();
  for (const row of rows) {
    let table = tables.get(row.table);
    if (!table) {
      table = { name: row.table, columns: [], generated: [], primaryKey: [], sequenced: [], keyOrder: [] };
      tables.set(row.table, table);
    }
    (row.generated ? table.generated : table.columns).push(row.column);
    if (row.in_key !== null) table.keyOrder.push([toNumber(row.in_key), row.column]);
    if (row.sequenced) table.sequenced.push(row.column);
  }
  return [...tables.values()].map(({ keyOrder, ...table }) => ({
    ...table,
    primaryKey: keyOrder.sort((a, b) => a[0] - b[0]).map(([, column]) => column),
  }));
}

/** The newest migration applied to the database, or null when it was never migrated. */
export async function latestAppliedMigration(db: Executor): Promise<{ createdAt: number; applied: number } | null> {
  const [exists] = await queryRows<{ found: boolean }>(
    db,
    sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS found`,
  );
  if (!exists?.found) return null;
  const [row] = await queryRows<{ latest: unknown; applied: unknown }>(
    db,
    sql`SELECT max(created_at) AS latest, count(*) AS applied FROM drizzle.__drizzle_migrations`,
  );
  if (!row || row.latest === null) return null;
  return { createdAt: toNumber(row.latest), applied: toNumber(row.applied) };
}

/** Quotes a name from the catalog (or a checked manifest) for SQL text. */
export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
