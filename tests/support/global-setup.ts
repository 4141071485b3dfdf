import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openPglite, openPostgres } from '../../src/server/db/client.js';
import { projectRoot } from '../../src/server/paths.js';
import { seedDemo } from './demo-seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a file holding a migrated data directory each test file loads a copy of. */
    pgliteTemplateFile: string;
    /** PostgreSQL: the name of a migrated template database each test file copies. */
    postgresTemplate: string;
    /** PGlite: the same with the demo portfolio seeded. */
    pgliteDemoTemplateFile: string;
    /** PostgreSQL: the same with the demo portfolio seeded. */
    postgresDemoTemplate: string;
  }
}

/**
 * Migrates once per run, and seeds the demo portfolio once into a second template; then every test file
 * gets its own copy (PGlite data dir or PostgreSQL database created from a template), so files never
 * interfere and nobody pays for migrations or the demo twice.
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
    // Copies are named after the template (bidra_t_<its suffix>_…), so the demo's end in _demo_….
    const demoName = `${name}_demo`;
    await admin.query(`CREATE DATABASE ${demoName} TEMPLATE ${name}`);
    const demoDatabase = openPostgres(withDatabase(url, demoName), { max: 1 });
    await seedDemo(demoDatabase);
    await demoDatabase.close();
    project.provide('postgresTemplate', name);
    project.provide('postgresDemoTemplate', demoName);
    project.provide('pgliteTemplateFile', '');
    project.provide('pgliteDemoTemplateFile', '');
    return async () => {
      // Test files drop their own copies; a crashed worker may leave some, so sweep this run's too.
      const left = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE 'bidra_t\\_%' ESCAPE '\\' AND datname LIKE $1`,
        [`bidra_t_${name.slice(10)}_%`],
      );
      for (const row of left.rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      await admin.query(`DROP DATABASE IF EXISTS ${demoName} WITH (FORCE)`);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const database = await openPglite(null);
  await database.migrate();
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const dir = path.join(projectRoot(), '.bidra-test');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await seedDemo(database);
  const demoFile = path.join(dir, `template-demo-${process.pid}.tar`);
  writeFileSync(demoFile, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplateFile', file);
  project.provide('pgliteDemoTemplateFile', demoFile);
  project.provide('postgresTemplate', '');
  project.provide('postgresDemoTemplate', '');
  return () => {
    rmSync(file, { force: true });
    rmSync(demoFile, { force: true });
    return Promise.resolve();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
