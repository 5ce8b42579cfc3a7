import { sleep } from '@shelfwise/devstack';
import { Api, type User } from './client.js';
import { header, json, type Reply } from './http.js';

type Op = 'read' | 'list' | 'update' | 'create';

export interface Outcome {
  op: Op;
  status: number;
  error?: string;
  startedAt: number;
  endedAt: number;
  ms: number;
  servedBy?: string;
  failed: boolean;
}

/** A write the API acknowledged (2xx): it must be in the database afterwards. */
export interface AckedWrite {
  kind: 'create' | 'update';
  id: string;
  version: number;
  stock: number;
}

export interface Worker {
  user: User;
  /** The product only this worker edits, so its If-Match updates never conflict with another worker. */
  product: { id: string; etag: string; stock: number };
}

export interface LoadOptions {
  api: Api;
  workers: Worker[];
  /** Public products to read. */
  catalogue: string[];
  /** Pause between one worker's requests: steady load that leaves the 2 cores room for the servers. */
  paceMs?: number;
  timeoutMs?: number;
}

export interface Load {
  outcomes: Outcome[];
  acked: AckedWrite[];
  /** Requests sent and not answered yet. */
  inFlight(): number;
  stop(): Promise<void>;
}

/**
 * Steady mixed traffic through HAProxy: 45% product reads, 20% list pages (a random price filter in USD,
 * so most miss the cache and reach PostgreSQL), 25% If-Match updates, 10% creates.
 */
export function startLoad(o: LoadOptions): Load {
  const outcomes: Outcome[] = [];
  const acked: AckedWrite[] = [];
  let running = true;
  let inFlight = 0;
  const paceMs = o.paceMs ?? 15;

  async function call(op: Op, send: () => Promise<Reply>, expected: (r: Reply) => boolean): Promise<Reply> {
    inFlight++;
    const reply = await send();
    inFlight--;
    const failed = !expected(reply);
    outcomes.push({
      op, status: reply.status, startedAt: reply.startedAt, endedAt: reply.startedAt + reply.ms, ms: reply.ms, failed,
      ...(reply.error ? { error: reply.error } : {}),
      ...(header(reply, 'x-served-by') ? { servedBy: header(reply, 'x-served-by')! } : {}),
    });
    return reply;
  }

  async function work(worker: Worker): Promise<void> {
    const api = o.api.as(worker.user);
    // After a failed update the outcome is unknown (it may have committed): the worker re-reads its
    // product before the next update, and 412s are expected until an update succeeds again (the
    // re-read may still show the version from before, e.g. from a cache the failed write did not
    // get to invalidate: the drills report that separately).
    let uncertain = false;
    let stale = false;
    while (running) {
      const r = Math.random();
      if (stale) {
        const reply = await call('read', () => api.product(worker.product.id), ok);
        if (reply.status === 200) {
          worker.product = { id: worker.product.id, etag: header(reply, 'etag')!, stock: json<{ stock: number }>(reply).stock };
          stale = false;
        }
      } else if (r < 0.45) {
        const id = o.catalogue[Math.floor(Math.random() * o.catalogue.length)]!;
        await call('read', () => o.api.product(id), ok);
      } else if (r < 0.65) {
        const minPrice = (Math.random() * 9).toFixed(2);
        await call('list', () => o.api.get(`/api/v1/products?limit=10&currency=USD&minPrice=${minPrice}`), ok);
      } else if (r < 0.9) {
        const stock = worker.product.stock + 1;
        const reply = await call('update', () => api.updateProduct(worker.product.id, worker.product.etag, { stock }),
          (x) => ok(x) || (x.status === 412 && uncertain));
        if (reply.status === 200) {
          const body = json<{ version: number; stock: number }>(reply);
          worker.product = { id: worker.product.id, etag: header(reply, 'etag')!, stock: body.stock };
          acked.push({ kind: 'update', id: worker.product.id, version: body.version, stock: body.stock });
          uncertain = false;
        } else {
          if (reply.status !== 412) uncertain = true;
          stale = true;
        }
      } else {
        const reply = await call('create', () => api.createProduct(), ok);
        if (reply.status === 201) acked.push({ kind: 'create', id: json<{ id: string }>(reply).id, version: 1, stock: 0 });
      }
      await sleep(paceMs);
    }
  }

  const running$ = o.workers.map((w) => work(w));
  return {
    outcomes,
    acked,
    inFlight: () => inFlight,
    async stop() {
      running = false;
      await Promise.all(running$);
    },
  };
}

const ok = (r: Reply) => r.status >= 200 && r.status < 400;
