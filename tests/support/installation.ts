import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../src/server/db/client.js';
import { projectRoot } from '../../src/server/paths.js';
import { withDatabase } from './global-setup.js';

/**
 * An installation as an operator has it: a database the `bidra` command and the server both reach —
 * a data directory of the embedded database, or a PostgreSQL database of its own when the suite runs
 * on PostgreSQL. Empty: nothing migrated, no funder, no users.
 */
export interface EmptyInstallation {
  /** The environment the `bidra` command runs with (BIDRA_DATA_DIR or DATABASE_URL). */
  env: NodeJS.ProcessEnv;
  /** Opens the installation's database in this process (after the command has closed it). */
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

export async function emptyInstallation(): Promise<EmptyInstallation> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bidra-install-'));
  const { DATABASE_URL: url, ...rest } = process.env;
  const base = { ...rest, BIDRA_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  if (!url) {
    return {
      env: base,
      open: () => openPglite(dataDir),
      dispose: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
    };
  }
  const name = `bidra_install_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const databaseUrl = withDatabase(url, name);
  return {
    env: { ...base, DATABASE_URL: databaseUrl },
    open: () => Promise.resolve(openPostgres(databaseUrl)),
    dispose: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** Runs `bidra …` from the sources as an operator would, with `stdin` piped in. */
export async function runBidra(
  args: string[],
  env: NodeJS.ProcessEnv,
  stdin = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: projectRoot(),
    env,
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  child.stdin.end(stdin);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}
