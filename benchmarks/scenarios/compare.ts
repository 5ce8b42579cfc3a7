// `--compare` (issue 20): the typical production stack (typical-stack-server.mjs: Express 5 +
// helmet + cors + compression + pino-http + express-rate-limit on rate-limit-redis + one ioredis
// GET) on the same route shape, with the same load and against the same bare node:http baseline
// as the API's cached product detail, its row printed right after the API's, so the table shows
// how far ahead of a plain implementation the product is.
import { dirname, join } from 'node:path';
import { stopProcess } from '@shelfwise/devstack';
import { Redis } from 'ioredis';
import { SATURATING_CONNECTIONS, type Bench } from '../lib/context.js';
import type { Row } from '../lib/report.js';
import { BENCH_DIR } from '../lib/paths.js';
import { startNode } from '../lib/process.js';
import { PORTS } from '../lib/servers.js';

/**
 * The API's cached answer for this product (its body, byte for byte) is written where the typical
 * server reads it, the server is started, checked to answer the same body, measured, and stopped.
 */
export async function typicalStackRow(bench: Bench, detailUrl: string, productId: string, apiRow: Row): Promise<void> {
  const apiBody = await fetch(detailUrl).then((r) => r.text());
  // The harness's own client has the API's key prefix; the typical server's keys have none.
  const redis = new Redis(bench.stack.redisUrl, { lazyConnect: true });
  await redis.connect();
  try {
    await redis.set(`typical:product:${productId}`, apiBody);
  } finally {
    redis.disconnect();
  }
  const log = join(dirname(bench.stack.apiLog), 'typical-stack.log');
  const server = await startNode([join(BENCH_DIR, 'typical-stack-server.mjs'), String(PORTS.typical), bench.stack.redisUrl], {}, log);
  try {
    const url = `http://127.0.0.1:${PORTS.typical}/api/v1/products/${productId}`;
    const res = await fetch(url);
    const body = await res.text();
    if (res.status !== 200 || body !== apiBody) throw new Error(`${url}: expected the API's body with 200, got ${res.status} (${body.length} bytes)`);
    bench.log('typical production stack, same route (--compare)');
    await bench.againstBaseline(
      'typical production stack (`--compare`): Express 5 + helmet + cors + compression + pino-http + express-rate-limit on rate-limit-redis + one ioredis GET, same product JSON',
      { url, connections: SATURATING_CONNECTIONS, serverPid: server.pid! },
    );
    // Each against the baselines measured around it, so the two ratios compare like with like.
    const typical = bench.rows.at(-1)!;
    const lead = apiRow.ratioValue! / typical.ratioValue!;
    bench.rows.push({
      scenario: 'cached product detail against the typical production stack (same run, each as a ratio to bare node:http)',
      ratio: `API ${apiRow.ratioValue!.toFixed(3)} vs typical ${typical.ratioValue!.toFixed(3)}: ${lead.toFixed(2)}×; CPU ${apiRow.cpuUs?.toFixed(0)} vs ${typical.cpuUs?.toFixed(0)} µs/req`,
    });
  } finally {
    await stopProcess(server);
  }
}
