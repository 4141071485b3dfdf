import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/server/db/client.js';
import { projectRoot } from '../../src/server/paths.js';

// The embedded database as a new user gets it from `npm start`: these tests always run without
// DATABASE_URL, whichever database the rest of the suite uses.
const root = projectRoot();
let dataDir: string;
const env = (): NodeJS.ProcessEnv => {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return { ...rest, BIDRA_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
};

function bidra(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    env: env(),
    stdio: 'pipe',
  });
}

async function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = bidra(args);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

async function startServer(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = bidra(['serve', ...args]);
  let out = '';
  child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /running on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', () => reject(new Error(`server exited:\n${out}`)));
  });
  return { child, url, output: () => out };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'bidra-cli-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// The embedded database's own run: done in the suite's default pass, skipped in the PostgreSQL pass.
describe.skipIf(!!process.env.DATABASE_URL)('bidra on the embedded database, as a new user runs it', () => {
  it('serves the demo data, keeps it across a restart, and verifies its audit trail', async () => {
    const first = await startServer(['--demo']);
    expect(first.output()).toMatch(/administrator\s+admin@regionvasterbotten\.example/);
    expect(await (await fetch(`${first.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const list = (await (await fetch(`${first.url}/api/v1/public/projects`)).json()) as { total: number };
    expect(list.total).toBe(9);

    // A second process must not open the same embedded database while the server runs.
    const busy = await run(['audit', 'verify']);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/in use by process/);
    await stop(first.child);

    const verified = await run(['audit', 'verify']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/OK: \d+/);

    const second = await startServer([]);
    const again = (await (await fetch(`${second.url}/api/v1/public/projects?q=digitalisering`)).json()) as {
      items: { name: string }[];
    };
    expect(again.items.map((p) => p.name)).toContain('Digitala Västerbotten 2.0');
    await stop(second.child);
    // Two server starts and three processes: far above a unit test's budget on a busy two-core machine.
  }, 150_000);

  it('fails audit verify, naming the event, after a row of the audit table is changed with SQL', async () => {
    const database = await openPglite(dataDir);
    await database.db.execute(sql`UPDATE audit_events SET actor_label = 'someone else' WHERE id = 42`);
    await database.close();
    const result = await run(['audit', 'verify']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/first bad event: 42/);
  }, 60_000);

  it('refuses a bad setting with a message that names it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'migrate'], {
      cwd: root,
      env: { ...env(), PORT: 'seventy' },
      stdio: 'pipe',
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/PORT/);
  });
});
