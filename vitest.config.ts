import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'data/**', 'dashboard/.next/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Database and Redis tests create their own databases and key prefixes, so files can run in parallel.
    pool: 'forks',
  },
});
