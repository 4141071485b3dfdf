import { defineConfig } from 'vitest/config';

// Tests sit beside the code (*.test.ts), in two tiers:
// - `unit`: the domain's rules, the importer's pure extraction and other pure server pieces (the audit
//   trail's labels, the web app's caching) — no database, no set-up; the whole
//   tier runs in seconds (`npx vitest run --project unit`).
// - `integration`: everything else. Database tests get a fresh copy of a database migrated once in the
//   global setup, with or without the demo portfolio (PGlite by default, PostgreSQL when DATABASE_URL is
//   set): see tests/support/db.ts. HTTP tests run the real app on it; browser tests drive Chromium.
const unit = [
  'src/domain/**/*.test.ts',
  'src/import/extract/**/*.test.ts',
  'src/import/genres/**/*.test.ts',
  'src/server/modules/imports/import-entities.test.ts',
  'src/import/read-file.test.ts',
  'src/server/audit/audit-actions.test.ts',
  'src/server/http/web-app.test.ts',
];
const excluded = ['node_modules/**', 'dist/**', 'web/**'];

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    // Files that load the demo portfolio (with a letter of record for each of its decisions) set it up in
    // beforeAll; two workers on a two-core machine share the processor while they do.
    hookTimeout: 180_000,
    // A browser test polls what a page shows after the server has answered (an approval writes its
    // letter first); under two loaded workers that can take seconds, not the default one.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      { extends: true, test: { name: 'unit', include: unit, exclude: excluded } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: [...excluded, ...unit],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
