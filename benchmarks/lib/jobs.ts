// The API's jobs (issue 18: imports, bulk edits) as a client follows them: GET /api/v1/jobs/:id
// until the job has finished.

export interface FinishedJob {
  id: string;
  state: string;
  total: number | null;
  done: number;
  failed: number;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
  errors: Array<{ row: number; code: string | null; reason: string | null }>;
}

const FINISHED = new Set(['succeeded', 'failed', 'cancelled']);

/** Polls every `everyMs` (as the SPA's progress bar does, only faster) until the job is finished. */
export async function jobFinished(apiUrl: string, token: string, id: string, everyMs = 100, timeoutMs = 15 * 60_000): Promise<FinishedJob> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${apiUrl}/api/v1/jobs/${id}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`GET /jobs/${id} answered ${res.status}: ${await res.text()}`);
    const job = (await res.json()) as FinishedJob;
    if (FINISHED.has(job.state)) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job.state} after ${timeoutMs / 1000} s (${job.done} of ${job.total} rows)`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** JSON to the API with the bench user's token; throws unless it answers `expected`. */
export async function postJson<T>(url: string, token: string, body: unknown, expected: number): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  if (res.status !== expected) throw new Error(`POST ${url} answered ${res.status} (expected ${expected}): ${await res.text()}`);
  return (await res.json()) as T;
}
