import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildRequestListener } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { gracefulShutdown, listen } from './lib/http/graceful-server.js';
import { createLifecycle } from './lib/lifecycle.js';
import { createLogger, logDestination } from './lib/logger.js';
import { backendRoot } from './lib/paths.js';
import { assertSchemaCurrent, rowSecurityBypass } from './lib/schema-check.js';
import { startInfrastructure } from './infrastructure.js';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

const config = readConfig();
const logger = createLogger(config.logLevel, await logDestination(config.logFormat, config.env, process.stdout.isTTY === true));
if (config.auth.usingDevSecret) logger.warn('JWT_SECRET is the development default: set your own before exposing this server');

try {
  const infrastructure = await startInfrastructure(config, logger);
  await assertSchemaCurrent(infrastructure.db.pool, join(backendRoot, 'prisma', 'migrations')).catch(async (err: unknown) => {
    await infrastructure.close();
    throw err;
  });
  // Row-level security is the second line between workspaces (modules/workspaces): on a role that
  // skips it, production refuses to start unless told to accept that (DATABASE_ALLOW_RLS_BYPASS).
  const bypass = await rowSecurityBypass(infrastructure.db.pool);
  if (bypass && config.env === 'production' && !config.database.allowRlsBypass) {
    await infrastructure.close();
    throw new Error(`Row-level security would not apply: ${bypass}. Connect as a role that joins shelfwise_app (README, "Database roles"), or set DATABASE_ALLOW_RLS_BYPASS=true.`);
  }
  if (bypass) logger.warn({ event: 'row_security_bypassed', reason: bypass }, `row-level security does not apply to this connection: ${bypass}`);
  const lifecycle = createLifecycle();
  const listener = buildRequestListener({ config, logger, lifecycle, ...infrastructure });
  // After the app is built (its modules define their queues), before the first request can queue a job.
  await infrastructure.jobs.start({ work: config.jobs.workers }).catch(async (err: unknown) => {
    await lifecycle.stop();
    await infrastructure.close();
    throw err;
  });
  const server = await listen(listener, config.host, config.port);
  const { port } = server.address() as AddressInfo;
  logger.info({ port, url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}` }, 'Shelfwise is listening');

  const shutdown = gracefulShutdown({
    server,
    lifecycle,
    graceMs: config.http.shutdownGraceMs,
    logger,
    // What the modules run in the background (the events relay) first: it still needs the database.
    closeResources: async () => {
      await lifecycle.stop();
      await infrastructure.close();
    },
  });
  // `on`, not `once`: Ctrl-C under npm delivers SIGINT twice (terminal and npm's relay), and a
  // second signal must not kill the process mid-drain. shutdown() is idempotent.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      logger.info({ signal }, 'signal received');
      shutdown().then(
        () => process.exit(0),
        (err) => {
          logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
} catch (err) {
  logger.fatal({ err }, 'failed to start');
  process.exit(1);
}
