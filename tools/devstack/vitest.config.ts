import { defineConfig } from 'vitest/config';

// The stack's own tests: each starts the servers it checks, in a temp folder of its own.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
