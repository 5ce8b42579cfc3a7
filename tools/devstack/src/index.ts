// The development stack's public face: the backend tests, the end-to-end tests, `npm run cluster`
// and `npm run bench` import from here, never from the files behind it.
export { startMailCatcher, type CaughtMessage, type MailCatcher } from './mail-catcher.js';
export { applyMigrations } from './migrate.js';
export { quitPostmasterNow } from './postgres/kill-postmasters.js';
export { appRoleUrl, asAppLogin } from './postgres/app-role.js';
export { withDatabase, withPgClient } from './postgres/pg-client.js';
export { findPostgresBinaries } from './postgres/postgres-binaries.js';
export { startEmbeddedPostgres, type EmbeddedPostgres } from './postgres/postgres.js';
export { startEmbeddedReplica } from './postgres/replica.js';
export { resolveServerUser } from './postgres/server-user.js';
export { sleep, startChild, stopProcess, waitFor, type Child } from './process/child.js';
export { findFreePort, isPortFree } from './process/free-port.js';
export { canRun, run } from './process/run.js';
export { startEmbeddedRedis, type EmbeddedRedis } from './redis.js';
export { startEmbeddedRabbitMq, type EmbeddedRabbitMq } from './rabbitmq.js';
export { repoRoot } from './paths.js';
export { settled, startTestStack, type TestStack } from './test-stack.js';
