import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import { count } from 'drizzle-orm';
import type { Clock } from '../../domain/index.js';
import { systemActor } from '../audit/audit.js';
import type { Database } from '../db/client.js';
import type { DocumentStore } from '../documents/document-store.js';
import { organizations } from '../db/schema/index.js';
import * as d from './demo-data.js';
import { loadDemoPortfolio, type DemoUserSeed } from './load-demo.js';

export interface DemoCredential {
  role: string;
  name: string;
  email: string;
  password: string;
}
export interface DemoOutcome {
  created: boolean;
  credentials: DemoCredential[];
  credentialsFile: string;
}

const CREDENTIALS_FILE = 'demo-credentials.json';

/** Passwords are random per installation; argon2id hashes go to the database. */
async function makeDemoUsers(): Promise<{ seeds: DemoUserSeed[]; credentials: DemoCredential[] }> {
  const seeds: DemoUserSeed[] = [];
  const credentials: DemoCredential[] = [];
  for (const key of Object.keys(d.people) as (keyof typeof d.people)[]) {
    const p = d.people[key];
    const password = randomBytes(9).toString('base64url');
    seeds.push({ key, passwordHash: await hash(password) });
    credentials.push({ role: p.role, name: p.name, email: p.email, password });
  }
  return { seeds, credentials };
}

export async function isDatabaseEmpty(database: Database): Promise<boolean> {
  const [row] = await database.db.select({ n: count() }).from(organizations);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads the demo portfolio into an empty database, in one transaction (nothing half-loaded on failure),
 * and keeps the generated demo passwords in the data directory so that each demo start can show them.
 * On a database that already holds data it changes nothing.
 */
export async function ensureDemoData(
  database: Database,
  clock: Clock,
  dataDir: string,
  store: DocumentStore,
): Promise<DemoOutcome> {
  const credentialsFile = path.join(dataDir, CREDENTIALS_FILE);
  if (!(await isDatabaseEmpty(database))) {
    const credentials = existsSync(credentialsFile)
      ? (JSON.parse(readFileSync(credentialsFile, 'utf8')) as DemoCredential[])
      : [];
    return { created: false, credentials, credentialsFile };
  }
  const { seeds, credentials } = await makeDemoUsers();
  await database.db.transaction((tx) => loadDemoPortfolio(tx, clock, systemActor('demo-seed'), seeds, store));
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(credentialsFile, JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
  return { created: true, credentials, credentialsFile };
}

export function printDemoCredentials(outcome: DemoOutcome): void {
  console.log(
    outcome.created
      ? 'Demodata inläst från källdokumenten / demo data loaded from the seed documents.'
      : 'Databasen har redan data; demodata lämnas orörd / the database already holds data; left as it is.',
  );
  if (outcome.credentials.length === 0) return;
  console.log('Demokonton (påhittade personer) / demo accounts (fictional people):');
  for (const c of outcome.credentials) {
    console.log(`  ${c.role.padEnd(16)} ${c.email.padEnd(32)} ${c.password}   ${c.name}`);
  }
}
