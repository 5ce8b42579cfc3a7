import { randomUUID } from 'node:crypto';
import { SATURATING_CONNECTIONS, type Bench } from '../lib/context.js';
import { withClient } from '../lib/seed.js';
import { registerUser } from './auth.js';

// The auth module's queue for reset requests (password-reset.service.ts RESET_QUEUE).
const RESET_QUEUE = 'account.password-reset';

/**
 * Deletes the reset jobs not yet taken. The API's workers take about 15 a second while requests
 * queue 900 (and one a second once the queue is quiet: two workers, one job each, polling every
 * 2 s; lib/jobs.ts), so the backlog of one run would take longer than the whole benchmark to work
 * off, and would be worked during the rows that follow.
 */
async function dropQueuedResets(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (client) =>
    (await client.query(`DELETE FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry')`, [RESET_QUEUE])).rowCount ?? 0,
  );
}

/**
 * `POST /auth/password-reset` only queues a job (one pg-boss insert, committed durably) and answers
 * 202, whether or not an account has the address; the job looks the address up later. The two rows,
 * a registered address and one nobody has, should therefore cost the same. The API works the queue
 * in its own process, as in production, so the jobs it takes share the machine with the requests
 * (the server's CPU per request includes them); what is left queued after each row is dropped.
 * The registered account is mailed its first few links (ACCOUNT_EMAILS_PER_HOUR, to the harness's
 * mail catcher); every job after that finds the hourly limit reached and sends nothing.
 */
export async function passwordResetScenario(bench: Bench): Promise<void> {
  const { apiUrl, databaseUrl } = bench.stack;
  const known = await registerUser(apiUrl, databaseUrl, 'reset');
  const unknown = `nobody-${randomUUID()}@bench.example`;
  for (const [scenario, email] of [
    ['`POST /auth/password-reset`, registered address (queues a job)', known.email],
    ['`POST /auth/password-reset`, unknown address (queues a job)', unknown],
  ] as const) {
    bench.log(scenario);
    await bench.againstBaseline(scenario, {
      url: `${apiUrl}/api/v1/auth/password-reset`,
      method: 'POST',
      connections: SATURATING_CONNECTIONS,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    bench.log(`  ${await dropQueuedResets(databaseUrl)} reset jobs left queued, dropped`);
  }
}
