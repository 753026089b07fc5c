import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Integration tests share one machine's cores and the tool's cache; run files one at a time.
    fileParallelism: false,
    // Tests see every tab really run; the result cache's own tests turn it back on.
    env: { DOCS_HARNESS_NO_CACHE: '1' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/**/*.int.test.ts'], testTimeout: 20_000 },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['test/**/*.int.test.ts'], testTimeout: 20_000, hookTimeout: 600_000 },
      },
    ],
  },
});
