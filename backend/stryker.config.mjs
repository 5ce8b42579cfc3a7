// Mutation testing (npm run test:mutation): how many deliberate bugs in the pure modules below
// the unit tests notice. Not part of npm test; the run fails under thresholds.break.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Pure modules: no I/O, so unit tests can pin their behaviour down completely.
  mutate: [
    'src/modules/products/{cursor,etag,sort,list.query,cache-keys,search,access}.ts',
    'src/modules/auth/{passwords,tokens,cookies,access}.ts',
    'src/lib/errors.ts',
    'src/lib/db-errors.ts',
    'src/lib/cache/entry.ts',
    'src/lib/cache/single-flight.ts',
    'src/lib/http/validate.ts',
  ],
  coverageAnalysis: 'perTest',
  // Every run measures from scratch: the score reported is never a mix with an older run.
  incremental: false,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Sandboxes under reports/ too: Stryker never copies /reports, and .gitignore covers it.
  tempDirName: 'reports/.stryker-tmp',
  thresholds: { high: 90, low: 80, break: 80 },
};
