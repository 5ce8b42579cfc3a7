import type { ApiInstance } from '../lib/api.js';
import { withClient } from '../lib/postgres.js';
import { http, json } from './http.js';

export interface Readiness {
  status: number;
  body: { status?: string; checks?: Record<string, { status: string }> };
}

/** /health/ready of one instance, directly (not through HAProxy). */
export async function readinessOf(api: ApiInstance): Promise<Readiness> {
  const reply = await http(`${api.url}/health/ready`, { timeoutMs: 3_000 });
  let body: Readiness['body'] = {};
  try {
    body = json<Readiness['body']>(reply);
  } catch {
    // not JSON: leave it empty
  }
  return { status: reply.status, body };
}

/** Transactions committed on a server's shelfwise database so far: grows only when it serves queries. */
export async function committedTransactions(url: string): Promise<number> {
  return withClient(url, async (c) => {
    // One statement, so one transaction of ours per look (the caller subtracts it).
    const { rows } = await c.query<{ n: string }>("SELECT xact_commit AS n FROM pg_stat_database WHERE datname = 'shelfwise'");
    return Number(rows[0]?.n ?? 0);
  });
}
