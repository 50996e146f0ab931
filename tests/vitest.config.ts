import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // One graph per driver for the read-only suites (see kit/shared.ts).
    globalSetup: ['./kit/global-setup.ts'],
  },
});
