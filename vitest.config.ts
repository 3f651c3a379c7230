import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'web/src/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'scratch/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll waits for pages and jobs; on a busy 2-core CI machine a second is not enough.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    reporters: ['default'],
  },
});
