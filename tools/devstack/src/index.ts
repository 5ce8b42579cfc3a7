// The development stack's public face: the backend tests, the end-to-end tests, `npm run cluster`
// and `npm run bench` import from here, never from the files behind it.
export { applyMigrations } from './migrate.js';
export { quitPostmasterNow, killPostmastersNow } from './postgres/kill-postmasters.js';
export { withDatabase, withPgClient } from './postgres/pg-client.js';
export { findPostgresBinaries } from './postgres/postgres-binaries.js';
export { startEmbeddedPostgres, type EmbeddedPostgres, type EmbeddedPostgresOptions } from './postgres/postgres.js';
export { startEmbeddedReplica } from './postgres/replica.js';
export { resolveServerUser } from './postgres/server-user.js';
export { startChild, sleep, waitFor, type Child } from './process/child.js';
export { findFreePort, isPortFree } from './process/free-port.js';
export { canRun, run, type RunAs, type RunResult } from './process/run.js';
export { startEmbeddedRedis, type EmbeddedRedis } from './redis.js';
export { repoRoot } from './paths.js';
export { readStackSettings, startDevStack, type DevStack } from './stack.js';
export { settled, startTestStack, type TestStack } from './test-stack.js';
