import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One PostgreSQL (with a migrated template database) and one Redis for the whole run.
    globalSetup: ['test/global-setup.ts'],
    // Child processes rather than threads: tests start servers and some stop them on purpose;
    // a process per file keeps native modules (bcrypt) and process-wide state apart.
    pool: 'forks',
    fileParallelism: true,
    // Vitest's default leaves a core free, which is a single worker on a 2-core CI machine; the
    // files mostly wait on servers (PostgreSQL, Redis, pg-boss's heartbeats), so two run side by side.
    maxWorkers: 2,
    // Integration tests: hooks start servers and clone databases, tests talk to real ones.
    hookTimeout: 60_000,
    testTimeout: 30_000,
    teardownTimeout: 30_000,
  },
});
