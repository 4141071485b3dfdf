import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/server/db/client.js';
import { withDatabase } from './global-setup.js';

/**
 * A fresh, migrated database for one test file: a copy of the run's template, empty or (`demo`) with the
 * demo portfolio seeded once for the whole run. Call in beforeAll and close in afterAll. On PostgreSQL the
 * copy is a database of its own, dropped on close.
 */
export async function createTestDatabase(options: { demo?: boolean } = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  const template = inject(options.demo ? 'postgresDemoTemplate' : 'postgresTemplate');
  if (url && template) {
    const name = `bidra_t_${template.slice(10)}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await createFromTemplate(admin, name, template);
    await admin.end();
    const database = openPostgres(withDatabase(url, name), { max: 20 });
    return {
      ...database,
      close: async () => {
        await database.close();
        const a = new pg.Client({ connectionString: url });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const file = inject(options.demo ? 'pgliteDemoTemplateFile' : 'pgliteTemplateFile');
  const blob = new Blob([readFileSync(file)]);
  return openPglite(null, { loadDataDir: blob });
}

async function createFromTemplate(admin: pg.Client, name: string, template: string): Promise<void> {
  // Two workers copying the same template at once can collide ("source database is being accessed").
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 100 + attempt * 100));
    }
  }
}
