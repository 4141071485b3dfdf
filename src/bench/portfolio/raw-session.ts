import type { PGlite } from '@electric-sql/pglite';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { Database } from '../../server/db/client.js';

/**
 * The database driver itself (PGlite or node-postgres), without the ORM: the bulk load builds its own
 * multi-row INSERTs, because building a statement of thousands of rows through the query builder costs
 * as much as the database takes to run it. Values still travel as bind parameters, never spliced in.
 */
export interface RawSession {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

export async function rawTransaction<T>(database: Database, work: (session: RawSession) => Promise<T>): Promise<T> {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === 'pglite') {
    return (client as PGlite).transaction((tx) => work({ query: (text, params) => tx.query(text, params) }));
  }
  const connection = await (client as pg.Pool).connect();
  try {
    await connection.query('BEGIN');
    const result = await work({ query: (text, params) => connection.query(text, params) });
    await connection.query('COMMIT');
    return result;
  } catch (error) {
    await connection.query('ROLLBACK');
    throw error;
  } finally {
    connection.release();
  }
}

/** Bind parameters per INSERT, well below PostgreSQL's limit of 65 535. */
const PARAMETERS_PER_STATEMENT = 30_000;

const quoteArrayItem = (item: string | number | boolean | null): string =>
  item === null ? 'NULL' : `"${String(item).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** A value as PostgreSQL reads it from text: timestamps in ISO form, arrays as array literals, JSON as text. */
function driverValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.map(quoteArrayItem).join(',')}}`;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}

/**
 * Inserts rows given as the schema's insert objects (camelCase keys) with multi-row INSERTs. A key a row
 * leaves out takes the column's default, as with the query builder; generated columns are never written.
 */
export async function insertRows(session: RawSession, table: PgTable, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => {
    const column = columns[k];
    return column !== undefined && !column.generated;
  });
  const names = keys.map((k) => `"${columns[k]!.name}"`).join(', ');
  const perStatement = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / keys.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const params: unknown[] = [];
    const tuples: string[] = [];
    for (const row of rows.slice(start, start + perStatement) as Record<string, unknown>[]) {
      const cells = keys.map((k) => {
        const value = row[k];
        if (value === undefined) return 'DEFAULT';
        params.push(driverValue(value));
        return `$${params.length}`;
      });
      tuples.push(`(${cells.join(',')})`);
    }
    await session.query(`INSERT INTO "${getTableName(table)}" (${names}) VALUES ${tuples.join(',')}`, params);
  }
}
