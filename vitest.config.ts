import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A throwaway PostgreSQL for the storage contract and multi-instance tests (needs Debian's postgresql package).
    globalSetup: ['test/support/postgres-cluster.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
