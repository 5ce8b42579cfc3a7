import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, appRoleUrl, settled, startMailCatcher, startTestStack, type TestStack } from '@shelfwise/devstack';
import { startApiServer, stopAndReport } from './support/api-server.js';
import { buildSpa, createDatabase } from './support/infrastructure.js';
import { CHROMIUM_PATH, MAIL_CATCHER_URL_VARIABLE, OWNER_DATABASE_URL_VARIABLE, SERVER_URL_VARIABLES, SHORT_TOKEN_TTL_SECONDS } from './support/settings.js';

/**
 * Once per run: the SPA built by Vite, a private PostgreSQL and Redis (the development stack's test
 * servers), and the real API server twice, each on its own migrated database: the second with
 * short-lived access tokens for the expiry test. Everything is stopped and removed at the end, also
 * when the setup itself fails. Playwright runs the function returned here as the global teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The end-to-end tests drive Debian's Chromium at ${CHROMIUM_PATH}, which is not installed. ` +
        'Install it (as root: apt-get install -y chromium) and run them again.',
    );
  }
  const started = performance.now();
  const messages: string[] = [];
  const log = (msg: string) => messages.push(msg);
  const spaDir = await mkdtemp(join(tmpdir(), 'shelfwise-e2e-spa-'));
  let stack: TestStack | undefined;
  const teardown = async () => {
    await stack?.teardown();
    await rm(spaDir, { recursive: true, force: true });
  };

  try {
    // Private servers even when the shell sets DATABASE_URL or REDIS_URL: the run's data is its own.
    await settled([
      startTestStack({ name: 'shelfwise-e2e', database: 'shelfwise_e2e', log }).then((started) => (stack = started)),
      buildSpa(spaDir),
    ]);
    const { postgresUrl, redisUrl } = stack!;
    const shortTokenDatabaseUrl = await createDatabase(postgresUrl, 'shelfwise_e2e_short');
    // The server does not migrate on start: that is its own step, as before `npm start`. One database
    // after the other: the roles a migration creates (shelfwise_app) belong to the whole server, and
    // two migrations creating one at once can collide, which a real deployment, migrating once, never does.
    await applyMigrations(postgresUrl, log);
    await applyMigrations(shortTokenDatabaseUrl, log);
    // Migrations ran as the owner; the servers connect as the login role that row-level security
    // binds (no table of its own, no BYPASSRLS), as in production, so the browser meets the database's
    // isolation of workspaces too.
    const [mainAppUrl, shortAppUrl] = await settled([appRoleUrl(postgresUrl), appRoleUrl(shortTokenDatabaseUrl)]);
    if (!mainAppUrl || !shortAppUrl) throw new Error('the migrated e2e databases have no shelfwise_app role to connect the API as');

    // Real SMTP from both servers into one catcher; the specs read it over HTTP (support/mailbox.ts).
    const mail = await startMailCatcher();
    stack!.onTeardown(() => mail.close());
    process.env[MAIL_CATCHER_URL_VARIABLE] = mail.webUrl;

    const common = { redisUrl, spaDir, smtpUrl: mail.smtpUrl };
    const startServer = (options: Parameters<typeof startApiServer>[0]) =>
      startApiServer(options).then((server) => {
        stack!.onTeardown(() => stopAndReport(server));
        return server;
      });
    const [main, shortToken] = await settled([
      startServer({ ...common, databaseUrl: mainAppUrl, redisKeyPrefix: 'e2e:' }),
      startServer({
        ...common,
        databaseUrl: shortAppUrl,
        redisKeyPrefix: 'e2e-short:',
        env: { ACCESS_TOKEN_TTL_SECONDS: String(SHORT_TOKEN_TTL_SECONDS) },
      }),
    ]);
    // The test workers start after this and inherit the runner's environment (fixtures.ts reads it).
    process.env[SERVER_URL_VARIABLES.main] = main.baseUrl;
    process.env[SERVER_URL_VARIABLES.shortToken] = shortToken.baseUrl;
    process.env[OWNER_DATABASE_URL_VARIABLE] = postgresUrl;
    console.log(`e2e: SPA built, PostgreSQL, Redis and 2 API servers ready in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    console.error(messages.join('\n'));
    await teardown();
    throw error;
  }
  return teardown;
}
