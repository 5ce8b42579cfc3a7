import type { Cluster } from '../lib/cluster.js';
import { Api, createOwnProduct, registerUser } from './client.js';
import { startLoad, type Load, type Worker } from './load.js';

export interface DrillContext {
  cluster: Cluster;
  /** Anonymous, through HAProxy. */
  api: Api;
  workers: Worker[];
  /** Active products everyone may read. */
  catalogue: string[];
  log: (msg: string) => void;
}

/** Users and products the drills' load works on: 3 users, 6 workers (each its own product), 20 public products. */
export async function prepare(cluster: Cluster, log: (msg: string) => void): Promise<DrillContext> {
  const api = new Api(cluster.haproxy.url);
  const users = await Promise.all(['a', 'b', 'c'].map((label) => registerUser(api, label)));
  const workers: Worker[] = await Promise.all(
    Array.from({ length: 6 }, async (_, i) => {
      const user = users[i % users.length]!;
      const { product, etag } = await createOwnProduct(api.as(user), { stock: 0 });
      return { user, product: { id: product.id, etag, stock: product.stock } };
    }),
  );
  const catalogue: string[] = [];
  for (let i = 0; i < 20; i++) catalogue.push((await createOwnProduct(api.as(users[0]!))).product.id);
  log(`prepared ${users.length} users, ${workers.length} workers with a product each, ${catalogue.length} public products`);
  return { cluster, api, workers, catalogue, log };
}

export function load(ctx: DrillContext): Load {
  return startLoad({ api: ctx.api, workers: ctx.workers, catalogue: ctx.catalogue });
}
