import { defineConfig } from 'vitest/config';

// The tests StrykerJS measures (stryker.config.mjs): pure unit tests only, so no global setup
// starting PostgreSQL and Redis. Each mutant reruns the tests that cover it, which must take
// milliseconds for a run over hundreds of mutants to take minutes.
export default defineConfig({
  test: {
    include: ['test/*-units.test.ts', 'test/*-mutation-gaps.test.ts'],
    pool: 'forks',
    testTimeout: 10_000,
  },
});
