import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractionSchema } from '../../src/import/contract.js';
import { projectRoot } from '../../src/server/paths.js';

// `bidra import` as a user runs it, in real processes on the embedded database (never DATABASE_URL).
// Every process compiles the CLI with tsx, so each call costs seconds: the timeouts are generous.
const root = projectRoot();
const SEED_DIR = path.join('tests', 'fixtures', 'import', 'seeds');
const seeds = readdirSync(path.join(root, SEED_DIR))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(SEED_DIR, f));
let dataDir: string;

async function bidra(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    env: { ...rest, BIDRA_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'bidra-cli-import-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// The embedded database's own run: done in the suite's default pass, skipped in the PostgreSQL pass.
describe.skipIf(!!process.env.DATABASE_URL)('bidra import --dry-run --json', { timeout: 60_000 }, () => {
  it('prints exactly one extraction object for one file, and nothing else on stdout', async () => {
    const result = await bidra(['import', '--dry-run', '--json', seeds[0]!]);
    expect(result.code).toBe(0);
    const printed: unknown = JSON.parse(result.stdout);
    expect(Array.isArray(printed)).toBe(false);
    expect(extractionSchema.parse(printed).file).toBe(seeds[0]);
    expect(result.stderr).toMatch(/1 av \/ of 1 filer lästa \/ files read, 0 misslyckades \/ failed/);
  });

  it('prints an array of five for the five seed documents, in the order given', async () => {
    expect(seeds).toHaveLength(5);
    const result = await bidra(['import', '--dry-run', '--json', ...seeds]);
    expect(result.code).toBe(0);
    const printed = extractionSchema.array().parse(JSON.parse(result.stdout));
    expect(printed.map((x) => x.file)).toEqual(seeds);
    expect(result.stderr).toMatch(/5 av \/ of 5 filer lästa/);
    expect(result.stderr).toMatch(/dokumenttyper \/ genres: /);
  });

  it('exits 1 for a missing file, still printing the others', async () => {
    const missing = path.join(SEED_DIR, 'finns-inte.pdf');
    const result = await bidra(['import', '--dry-run', '--json', seeds[0]!, missing, seeds[1]!]);
    expect(result.code).toBe(1);
    const printed = extractionSchema.array().parse(JSON.parse(result.stdout));
    expect(printed.map((x) => x.file)).toEqual([seeds[0], seeds[1]]);
    expect(result.stderr).toContain(`${missing}: filen finns inte / file not found`);
  });

  it('exits 2 without a file, or with an unknown option', async () => {
    const none = await bidra(['import']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/give at least one file/);
    expect(none.stdout).toBe('');
    expect((await bidra(['import', '--dry-runn', seeds[0]!])).code).toBe(2);
  });
});

// The embedded database's own run: done in the suite's default pass, skipped in the PostgreSQL pass.
describe.skipIf(!!process.env.DATABASE_URL)('bidra import (a reviewed import into the database)', () => {
  it('refuses without a funder to import into, naming the problem', async () => {
    const result = await bidra(['import', seeds[0]!]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no funder in the database/);
  }, 120_000); // the first run migrates a new embedded database

  it('records the seeds for the named funder, and a second run changes nothing', async () => {
    expect((await bidra(['seed', '--demo'])).code).toBe(0);
    // The demo has two funders: without --funder the import does not guess.
    const ambiguous = await bidra(['import', seeds[0]!]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/pass --funder/);

    const first = await bidra(['import', '--funder', '232100-0222', ...seeds]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/already imported: 0; sparade för granskning \/ stored for review: \d/);
    const second = await bidra(['import', '--funder', '232100-0222', ...seeds]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/importerade \/ imported: 0; redan importerade \/ already imported: 5;/);
    expect(second.stdout.match(/nothing changed/g)).toHaveLength(5);
    expect((await bidra(['audit', 'verify'])).code).toBe(0);
  }, 120_000);
});
