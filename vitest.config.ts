import { defineConfig } from 'vitest/config';

// Tests sit beside the code (*.test.ts). Database tests get a fresh copy of a database migrated once
// in the global setup (PGlite by default, PostgreSQL when DATABASE_URL is set): see tests/support/db.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'web/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    // Files that load the demo portfolio (with a letter of record for each of its decisions) set it up in
    // beforeAll; two workers on a two-core machine share the processor while they do.
    hookTimeout: 180_000,
    // A browser test polls what a page shows after the server has answered (an approval writes its
    // letter first); under two loaded workers that can take seconds, not the default one.
    expect: { poll: { timeout: 15_000 } },
  },
});
