// Fails when the Drizzle schema and the committed migrations drift apart: generates migrations from
// the schema into a copy of the migrations folder and checks that nothing new appears.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const committed = path.join(root, 'src/server/db/migrations');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bidra-drift-'));
try {
  cpSync(committed, tmp, { recursive: true });
  const before = new Set(readdirSync(tmp));
  execFileSync(
    path.join(root, 'node_modules/.bin/drizzle-kit'),
    ['generate', '--dialect', 'postgresql', '--schema', './src/server/db/schema/index.ts', '--out', tmp],
    { cwd: root, stdio: 'pipe' },
  );
  const added = readdirSync(tmp).filter((f) => !before.has(f));
  if (added.length > 0) {
    console.error(
      `The schema has changes without a migration (${added.join(', ')}). Run \`npm run db:generate\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log('Schema and migrations agree.');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
