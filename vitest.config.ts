import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A throwaway PostgreSQL for the storage contract and multi-instance tests (needs Debian's postgresql package).
    globalSetup: ['test/support/postgres-cluster.ts', 'test/support/fuzz-seed.ts'],
    // Every fast-check property runs with the run's one seed, printed at the start (test/support/fuzz-seed.ts).
    setupFiles: ['test/support/fast-check.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
