import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/server/paths.js';

// Usage errors of `bidra bench` stop it before any database is made, in Swedish and English, exit 2.
async function bench(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'bench', ...args], {
    cwd: projectRoot(),
    env,
    stdio: 'pipe',
  });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stderr };
}

// The embedded database's own run: done in the suite's default pass, skipped in the PostgreSQL pass.
describe.skipIf(!!process.env.DATABASE_URL)('bidra bench options', { timeout: 120_000 }, () => {
  it.each([
    [['--scale', '0'], 'ett tal större än 0 och högst 20, t.ex. 0,01 / a number above 0 and at most 20, e.g. 0.01'],
    [
      ['--projects', '10', '--scale', '0.01'],
      'Ange --scale eller --projects, inte båda / give --scale or --projects, not both',
    ],
    [['--iterations', 'many'], 'ett heltal från 1 till 100 000 / a whole number from 1 to 100,000'],
    [
      ['--database', 'postgres'],
      'PostgreSQL kräver --postgres URL eller DATABASE_URL / PostgreSQL needs --postgres URL or DATABASE_URL',
    ],
  ])('refuses %j with a message in both languages', async (args, message) => {
    const { code, stderr } = await bench(args);
    expect(stderr).toContain(message);
    expect(code).toBe(2);
  });
});
