import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 600_000,
    // Integration tests share one machine's cores and the tool's cache; run files one at a time.
    fileParallelism: false,
  },
});
