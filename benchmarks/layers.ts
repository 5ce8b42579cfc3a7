// `node --import tsx benchmarks/layers.ts`: where a cached read's CPU goes, layer by layer: bare
// node:http, then Express, then each production middleware added in turn. Each composition (layers-server.mjs) is
// measured between two runs of the bare node:http baseline; the API's own figures are in RESULTS.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedRedis } from '@shelfwise/devstack';
import { Redis } from 'ioredis';
import { ensureBuilt } from './lib/build.js';
import { measure } from './lib/load.js';
import { BENCH_DIR } from './lib/paths.js';

const LAYERS: Array<[string, string]> = [
  ['route', 'Express 5, one route reading the Redis cache'],
  ['prelude', '+ request metrics, request id, draining check'],
  ['edge', '+ helmet headers (precomputed), access log, CORS, compression, JSON body parser'],
  ['limit', '+ shared rate limit (Redis)'],
  ['lean-limit', 'the same, with a limiter written directly (experiment: same script, key and headers)'],
  ['node-read', 'bare node:http answering from the Redis cache (one MGET), no middleware'],
  ['lane-read', 'the fast lane: request id, helmet headers, Vary; a constant count, no access log or metrics (experiment)'],
  ['lane-limit', '+ the shared rate limit\'s count (Redis)'],
  ['lane', '+ access log and request metrics: the lane as the app has it'],
  ['lane-one-script', 'the same, with the count and the cache read in one Lua script (experiment)'],
];
const PORT = 5085;
const BASELINE_PORT = 5086;

async function start(args: string[], port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${port}/api/item`).then(() => true, () => false)) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${args.join(' ')} did not start`);
}

await ensureBuilt(console.error);
const redisDir = join(tmpdir(), `shelfwise-bench-layers-${process.pid}`);
const redis = await startEmbeddedRedis({ dataDir: redisDir, port: 0, log: () => {} });
if (!redis) throw new Error('redis-server is not installed');
const baseline = await start([join(BENCH_DIR, 'baseline-server.mjs'), String(BASELINE_PORT)], BASELINE_PORT);
const rounds = Number(process.env.ROUNDS ?? 2);
const rows = new Map<string, { ratio: number[]; cpu: number[]; redisCpu: number[] }>();
// Redis runs on the same cores: its CPU per request (INFO cpu, user + system) is part of the cost.
const info = new Redis(redis.url);
const redisCpuSeconds = async () => {
  const text = await info.info('cpu');
  const field = (name: string) => Number(new RegExp(`^${name}:([0-9.]+)`, 'm').exec(text)?.[1] ?? NaN);
  return field('used_cpu_sys') + field('used_cpu_user');
};
try {
  for (let round = 0; round < rounds; round++) {
    for (const [layer] of LAYERS) {
      const server = await start([join(BENCH_DIR, 'layers-server.mjs'), layer, String(PORT), redis.url], PORT);
      const run = (url: string, pid: number) => measure({ url, connections: 50, seconds: 4, warmupSeconds: 1, serverPid: pid });
      const before = await run(`http://127.0.0.1:${BASELINE_PORT}/`, baseline.pid!);
      const url = `http://127.0.0.1:${PORT}/api/item`;
      await measure({ url, connections: 50, seconds: 1 });
      const redisBefore = await redisCpuSeconds();
      const result = await measure({ url, connections: 50, seconds: 4, serverPid: server.pid! });
      const redisUs = ((await redisCpuSeconds()) - redisBefore) * 1e6 / Math.max(1, result.requests);
      const after = await run(`http://127.0.0.1:${BASELINE_PORT}/`, baseline.pid!);
      server.kill();
      const row = rows.get(layer) ?? { ratio: [], cpu: [], redisCpu: [] };
      row.ratio.push(result.rps / ((before.rps + after.rps) / 2));
      row.cpu.push(result.cpuUs!);
      row.redisCpu.push(redisUs);
      rows.set(layer, row);
      console.error(`${layer}: ${Math.round(result.rps)} req/s, ${result.cpuUs!.toFixed(0)} µs, Redis ${redisUs.toFixed(1)} µs, baseline ${Math.round(before.rps)}/${Math.round(after.rps)}`);
    }
  }
} finally {
  info.disconnect();
  baseline.kill();
  await redis.stop();
  await rm(redisDir, { recursive: true, force: true });
}
console.log(`Node ${process.version}, ${rounds} rounds\n\n| layers | ratio to node:http | server CPU µs/req | Redis CPU µs/req |\n|---|---:|---:|---:|`);
for (const [layer, label] of LAYERS) {
  const row = rows.get(layer)!;
  console.log(`| ${label} | ${row.ratio.map((r) => r.toFixed(2)).join(' / ')} | ${row.cpu.map((c) => c.toFixed(0)).join(' / ')} | ${row.redisCpu.map((c) => c.toFixed(1)).join(' / ')} |`);
}
