import { randomUUID } from 'node:crypto';
import bcrypt from 'bcrypt';
import pg from 'pg';
import type { Bench } from '../lib/context.js';
import type { LoadResult } from '../lib/load.js';
import { fmtRatio } from '../lib/report.js';
import { withClient } from '../lib/seed.js';

const PASSWORD = 'bench-otter-quartz-2026';
// A balancer-like probe rate, high enough for a p99 over thousands of samples.
const PROBE_RATE = 500;
const PROBE_CONNECTIONS = 10;
// More concurrent sign-ins than bcrypt threads only queue.
const LOGIN_CONNECTIONS = 8;
// Sign-ins are spread over many accounts: the per-account limiter counts every request until it
// succeeds, and the requests autocannon abandons at the end of each run count as failures. One
// account would be locked out after a few runs (as it should be, under a real storm).
const ACCOUNTS = 64;

interface BenchUser {
  email: string;
  password: string;
  accessToken: string;
}

/**
 * An account made through the API: registration answers 202 without tokens (it mails a link), so
 * it is followed by a sign-in. The address is marked confirmed in SQL between the two, before the
 * session's state (which carries it) is cached: writes need a confirmed address by default
 * (UNVERIFIED_USERS_MAY_WRITE=false), and the benchmark keeps that production setting, so that
 * `POST /products` pays for the check, rather than following the emailed link, which is setup only.
 */
export async function registerUser(apiUrl: string, databaseUrl: string, tag: string): Promise<BenchUser> {
  const email = `${tag}-${randomUUID()}@bench.example`;
  const json = { 'content-type': 'application/json' };
  const registered = await fetch(`${apiUrl}/api/v1/auth/register`, { method: 'POST', headers: json, body: JSON.stringify({ email, password: PASSWORD, name: 'Bench User' }) });
  if (registered.status !== 202) throw new Error(`register failed: ${registered.status} ${await registered.text()}`);
  await registered.text();
  await withClient(databaseUrl, (client) => client.query(`UPDATE "User" SET "emailVerifiedAt" = now() WHERE email = $1`, [email]));
  const login = await fetch(`${apiUrl}/api/v1/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ email, password: PASSWORD }) });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const body = (await login.json()) as { accessToken: string };
  return { email, password: PASSWORD, accessToken: body.accessToken };
}

/** Accounts inserted directly, sharing one cost-12 hash: registering them would take a minute of bcrypt. */
async function seedAccounts(databaseUrl: string, n: number): Promise<string[]> {
  const hash = await bcrypt.hash(PASSWORD, 12);
  const emails = Array.from({ length: n }, (_, i) => `login-${i}-${randomUUID()}@bench.example`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
       SELECT gen_random_uuid(), e, 'Bench User', $2, now() FROM unnest($1::text[]) AS e`,
      [emails, hash],
    );
  } finally {
    await client.end();
  }
  return emails;
}

/**
 * Sign-ins at the production bcrypt cost (12), then the liveness probe's p99 at a fixed rate, first
 * idle and then while sign-ins saturate the machine: bcrypt must run off the event loop.
 */
export async function authScenario(bench: Bench): Promise<void> {
  const { apiUrl } = bench.stack;
  const bodies = (await seedAccounts(bench.stack.databaseUrl, ACCOUNTS)).map((email) => JSON.stringify({ email, password: PASSWORD }));
  let next = 0;
  const login = {
    url: `${apiUrl}/api/v1/auth/login`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    nextBody: () => bodies[next++ % bodies.length]!,
    connections: LOGIN_CONNECTIONS,
    serverPid: bench.stack.apiPid(),
  };

  bench.log('POST /api/v1/auth/login');
  const logins = await bench.run({ ...login, warmupSeconds: 1 });
  bench.rows.push({
    scenario: '`POST /auth/login` (bcrypt cost 12, 8 connections; CPU includes the bcrypt threads)',
    rps: logins.rps,
    p50: logins.p50,
    p95: logins.p95,
    p99: logins.p99,
    ...(logins.cpuUs !== undefined ? { cpuUs: logins.cpuUs } : {}),
  });
  if (logins.failures) bench.notes.push(`login: ${logins.failures} of ${logins.requests} responses were not 2xx.`);

  bench.log('GET /health p99, idle and during a login storm, in alternation');
  // Idle and storm phases alternate, each idle phase compared with the storm right after it, so
  // that other work on the machine weighs on both sides of each comparison alike.
  const probe = { url: `${apiUrl}/health`, connections: PROBE_CONNECTIONS, rate: PROBE_RATE, seconds: bench.quick ? 1.5 : 3, warmupSeconds: 0 };
  // Five rounds: a single p99 over a few seconds moves with whatever else the machine does.
  const rounds = bench.quick ? 1 : 5;
  const idle: LoadResult[] = [];
  const during: LoadResult[] = [];
  const storms: LoadResult[] = [];
  await bench.run({ ...probe, seconds: 1 });
  for (let round = 0; round < rounds; round++) {
    idle.push(await bench.run(probe));
    const [probed, storm] = await Promise.all([
      bench.run(probe),
      bench.run({ ...login, connections: 2 * LOGIN_CONNECTIONS, seconds: probe.seconds, warmupSeconds: 0, serverPid: undefined }),
    ]);
    during.push(probed);
    storms.push(storm);
    // Sign-ins the client gave up on are still hashed: let them drain before the next idle phase.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  }
  const growths = idle.map((r, i) => during[i]!.p99 / r.p99).sort((a, b) => a - b);
  const growth = growths[Math.floor(growths.length / 2)]!;
  const mean = (results: LoadResult[], pick: (r: LoadResult) => number) => results.reduce((sum, r) => sum + pick(r), 0) / results.length;
  const row = (results: LoadResult[]) => ({ rps: mean(results, (r) => r.rps), p50: mean(results, (r) => r.p50), p95: mean(results, (r) => r.p95), p99: mean(results, (r) => r.p99) });
  bench.rows.push(
    { scenario: `\`GET /health\` at ${PROBE_RATE} req/s, idle (mean of ${rounds} phases)`, ...row(idle) },
    {
      scenario: `\`GET /health\` at ${PROBE_RATE} req/s during a login storm (${mean(storms, (r) => r.rps).toFixed(1)} logins/s; mean of ${rounds} phases)`,
      ...row(during),
      ratio: `${fmtRatio(growth, '×')} idle p99 (median of ${growths.map((g) => g.toFixed(2)).join(', ')})`,
      target: '≤ 2× idle p99',
      met: growth <= 2 && during.every((r) => !r.failures),
    },
  );
}
