import { defineConfig } from 'vitest/config';

// The benchmark's own tests need no running graph: `pnpm vitest run --config bench/vitest.config.ts`
// (from tests/) runs them without the shared graphs the end-to-end suites start.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { include: ['bench/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 },
});
