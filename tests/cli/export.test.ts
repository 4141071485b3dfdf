import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/server/paths.js';
import type { ThreeSixtyPackage } from '../../src/server/modules/opendata/three-sixty-giving.js';
import { csvRecords, threeSixtyGivingValidator, validationErrors } from '../support/three-sixty-giving.js';

// `bidra export` as a user runs it: real processes on the embedded database (never DATABASE_URL), the
// demo data loaded by `bidra seed --demo` first. Each process compiles the CLI with tsx: seconds each.
const root = projectRoot();
let dataDir: string;

async function bidra(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    env: { ...rest, BIDRA_DATA_DIR: dataDir, LOG_LEVEL: 'warn', BIDRA_PUBLIC_URL: 'https://bidra.example.se/' },
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'bidra-cli-export-'));
  const seeded = await bidra(['seed', '--demo']);
  if (seeded.code !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
}, 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// The embedded database's own run: done in the suite's default pass, skipped in the PostgreSQL pass.
describe.skipIf(!!process.env.DATABASE_URL)('bidra export', { timeout: 60_000 }, () => {
  it('prints a valid 360Giving package of the published grants on stdout, and nothing else there', async () => {
    const result = await bidra(['export', '--format', '360giving']);
    expect(result.code).toBe(0);
    const pkg = JSON.parse(result.stdout) as ThreeSixtyPackage;
    const validate = threeSixtyGivingValidator();
    expect(validate(pkg), validationErrors(validate).join('\n')).toBe(true);
    expect(pkg.grants).toHaveLength(9);
    expect(pkg.grants.find((g) => g.id === '360G-SE-ON-232100-0222-REGAC-317-2022')?.plannedDates).toEqual([
      { startDate: '2023-03-01', endDate: '2026-08-31' },
    ]);
    // Links point at BIDRA_PUBLIC_URL.
    expect(pkg.downloadURL).toBe('https://bidra.example.se/api/v1/public/export/360giving.json');
  });

  it('writes the EU Art. 49 list to --out, saying so on stderr', async () => {
    const out = path.join(dataDir, 'insatser.csv');
    const result = await bidra(['export', '--format', 'eu-art49', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`wrote eu-art49: ${out}`);
    const { header, records } = csvRecords(readFileSync(out, 'utf8'));
    expect(header[0]).toBe('operation_code');
    // The two operations of an EU programme (DVIS and DOVI, ERDF); the funder's own grants are not listed.
    expect(records).toHaveLength(2);
    const dvis = records.find((r) => r.operation_name === 'Digitala Västerbotten i samverkan (DVIS)');
    expect(dvis).toMatchObject({ total_cost_sek: '11010777', beneficiary_org_number: '232100-0222', nuts2: 'SE33' });
    expect(partFiles(dataDir)).toEqual([]);
  });

  it('exports the public list as CSV', async () => {
    const result = await bidra(['export', '--format', 'csv']);
    expect(result.code).toBe(0);
    const { records } = csvRecords(result.stdout);
    expect(records.map((r) => r.acronym)).toContain('SMALL');
    expect(records.find((r) => r.acronym === 'DVIS')).toMatchObject({ amountSek: '5505389', maxSharePercent: '50' });
  });

  it('exits 2, writing nothing, without a format or with an unknown one', async () => {
    const none = await bidra(['export']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--format/);
    const unknown = await bidra(['export', '--format', 'xml', '--out', path.join(dataDir, 'x.xml')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/360giving/);
    expect(existsSync(path.join(dataDir, 'x.xml'))).toBe(false);
  });
});

/** Half-written files (`*.part`) an export would leave behind if it wrote in place. */
const partFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.part'));

// The embedded database's own run: done in the suite's default pass, skipped in the PostgreSQL pass.
describe.skipIf(!!process.env.DATABASE_URL)(
  'bidra export on a database with nothing published',
  { timeout: 180_000 },
  () => {
    it('refuses the 360Giving package (the standard needs a grant) in both languages, writing no file', async () => {
      const seededDir = dataDir;
      dataDir = mkdtempSync(path.join(os.tmpdir(), 'bidra-cli-export-empty-'));
      try {
        expect((await bidra(['migrate'])).code).toBe(0);
        const out = path.join(dataDir, 'tom.json');
        const result = await bidra(['export', '--format', '360giving', '--out', out]);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('Det finns inga publicerade bidrag att exportera');
        expect(result.stderr).toContain('There are no published grants to export');
        expect(existsSync(out)).toBe(false);
        expect(partFiles(dataDir)).toEqual([]);
        // The list of operations may well be empty: a header and no rows.
        const art49 = await bidra(['export', '--format', 'eu-art49']);
        expect(art49.code).toBe(0);
        expect(csvRecords(art49.stdout).records).toEqual([]);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
        dataDir = seededDir;
      }
    });
  },
);
