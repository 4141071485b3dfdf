import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openPglite, openPostgres, queryRows, type Database } from '../server/db/client.js';

/**
 * A database made for one benchmark run and removed after it. The user's data directory and database are
 * never touched: the embedded run gets a temporary BIDRA_DATA_DIR of its own, the PostgreSQL run a new
 * database `bidra_bench_<pid>` on the given server, dropped at the end.
 */
export interface FreshDatabase {
  database: Database;
  /** e.g. "PGlite (PostgreSQL 18.6), inbyggd / embedded" — for the report. */
  description: string;
  /** Where letters may be stored during the run (inside the temporary directory). */
  documentsDir: string;
  dispose(): Promise<void>;
}

async function serverVersion(database: Database): Promise<string> {
  const [row] = await queryRows<{ server_version: string }>(database.db, sql`SHOW server_version`);
  return row?.server_version.split(' ')[0] ?? '?';
}

export async function freshEmbedded(): Promise<FreshDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bidra-bench-'));
  try {
    const database = await openPglite(dir);
    await database.migrate();
    return {
      database,
      description: `PGlite (PostgreSQL ${await serverVersion(database)}), inbyggd / embedded`,
      documentsDir: path.join(dir, 'documents'),
      dispose: async () => {
        await database.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The server's URL with another database name. */
function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function freshPostgres(url: string): Promise<FreshDatabase> {
  const name = `bidra_bench_${process.pid}`;
  await admin(url, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  const drop = () => admin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const database = openPostgres(withDatabaseName(url, name), { max: 10 });
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    await drop();
    throw error;
  }
  const documentsDir = await mkdtemp(path.join(os.tmpdir(), 'bidra-bench-documents-'));
  const u = new URL(url);
  return {
    database,
    description: `PostgreSQL ${await serverVersion(database)}, ${u.hostname}:${u.port || 5432}/${name}`,
    documentsDir,
    dispose: async () => {
      await database.close();
      await drop();
      await rm(documentsDir, { recursive: true, force: true });
    },
  };
}
