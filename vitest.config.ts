import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One local FerretDB for the whole run; each test file gets its own database.
    globalSetup: ['test/setup/global-db.ts'],
    pool: 'forks',
    // One file at a time: several files start child processes (two app processes, two queue workers)
    // and a FerretDB shares the same 2 cores; running them side by side only makes each slower and flakier.
    fileParallelism: false,
    // Generous: on a loaded 2-core machine FerretDB writes queue up; no test relies on timing.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
