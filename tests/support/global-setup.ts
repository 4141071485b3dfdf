import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openPglite, openPostgres } from '../../src/server/db/client.js';
import { projectRoot } from '../../src/server/paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a file holding a migrated data directory each test file loads a copy of. */
    pgliteTemplateFile: string;
    /** PostgreSQL: the name of a migrated template database each test file copies. */
    postgresTemplate: string;
  }
}

/**
 * Migrates once per run, then every test file gets its own copy (PGlite data dir or PostgreSQL
 * database created from a template), so files never interfere and nobody pays for migrations twice.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `bidra_tpl_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const database = openPostgres(withDatabase(url, name), { max: 1 });
    await database.migrate();
    await database.close();
    project.provide('postgresTemplate', name);
    project.provide('pgliteTemplateFile', '');
    return async () => {
      // Test files drop their own copies; a crashed worker may leave some, so sweep this run's too.
      const left = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE 'bidra_t\\_%' ESCAPE '\\' AND datname LIKE $1`,
        [`bidra_t_${name.slice(10)}_%`],
      );
      for (const row of left.rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const database = await openPglite(null);
  await database.migrate();
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('none');
  await database.close();
  const dir = path.join(projectRoot(), '.bidra-test');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplateFile', file);
  project.provide('postgresTemplate', '');
  return () => {
    rmSync(file, { force: true });
    return Promise.resolve();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
