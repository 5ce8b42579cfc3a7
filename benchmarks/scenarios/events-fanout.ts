// SSE fan-out (issue 19): 1,000 clients of one instance's stream, then single product updates
// through the API, spaced apart; each client's latency from the write's acknowledgment (the PATCH
// answered) to the event's arrival, and the API's resident memory with the clients against without.
import { readFile } from 'node:fs/promises';
import { postJson } from '../lib/jobs.js';
import { cpuSeconds } from '../lib/load.js';
import { rssMb } from '../lib/rss.js';
import { openStream, type SseClient, type SseMessage } from '../lib/sse.js';
import { apiMetric, sleep, type EventsBench } from './events-common.js';

const LATENCY_TARGET_MS = 100;
const MEMORY_TARGET_KIB = 64;
// Streams opened at once while connecting: each open reads the user's memberships.
const CONNECT_WAVE = 50;
const EVENT_TIMEOUT_MS = 5_000;
const VERSION = /"version":(\d+)/;

/** The kernel's share of a process's CPU (stime, /proc): a write to a loopback socket is mostly that. */
async function systemSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[12]) / 100;
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** Opens `count` streams, CONNECT_WAVE at a time; every message goes to `onMessage`. */
async function connect(events: EventsBench, count: number, onMessage: (message: SseMessage, at: number) => void): Promise<SseClient[]> {
  const clients: SseClient[] = [];
  while (clients.length < count) {
    const wave = Math.min(CONNECT_WAVE, count - clients.length);
    clients.push(...(await Promise.all(Array.from({ length: wave }, () => openStream(events.streamUrl, events.token, events.agent, onMessage)))));
  }
  return clients;
}

export async function fanoutRows(events: EventsBench): Promise<void> {
  const { bench, token, workspace } = events;
  const { apiUrl } = bench.stack;
  const clientCount = bench.quick ? 200 : 1_000;
  const updates = bench.quick ? 5 : 20;
  const pid = bench.stack.apiPid();
  const base = `${apiUrl}/api/v1/workspaces/${workspace.slug}/products`;
  const product = await postJson<{ id: string; version: number }>(base, token, { name: 'Fan-out kettle', sku: `FAN-${process.pid}`, price: '19.90', status: 'active', stock: 0 }, 201);

  // Arrival times of each version's product.updated, over all clients.
  const arrivals = new Map<number, number[]>();
  const onMessage = (message: SseMessage, at: number) => {
    if (message.event !== 'product.updated' || !message.data) return;
    // The event's own version comes before its payload (outbox.ts): a search, not a JSON.parse of
    // the whole product a thousand times over, which would be the harness's latency, not the API's.
    const version = Number(VERSION.exec(message.data)?.[1]);
    const list = arrivals.get(version);
    if (list) list.push(at);
    else arrivals.set(version, [at]);
  };
  const update = async (stock: number) => {
    const res = await fetch(`${base}/${product.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ stock }) });
    const acknowledged = performance.now();
    if (res.status !== 200) throw new Error(`PATCH answered ${res.status}: ${await res.text()}`);
    return { version: ((await res.json()) as { version: number }).version, acknowledged };
  };
  const arrived = async (version: number, expected: number) => {
    const deadline = performance.now() + EVENT_TIMEOUT_MS;
    while ((arrivals.get(version)?.length ?? 0) < expected && performance.now() < deadline) await sleep(5);
    return arrivals.get(version) ?? [];
  };

  // Warm-up: the stream's code paths compiled, the pools connected, before the baseline memory.
  const warm = await connect(events, 10, onMessage);
  await arrived((await update(1)).version, warm.length);
  for (const c of warm) c.close();
  await sleep(2_000);
  const idleRss = await rssMb(pid);
  const idleHeap = await apiMetric(bench, 'nodejs_heap_size_used_bytes');

  bench.log(`SSE fan-out: ${clientCount} clients, API at ${idleRss.toFixed(0)} MB`);
  const connectStarted = performance.now();
  const clients = await connect(events, clientCount, onMessage);
  const connectSeconds = (performance.now() - connectStarted) / 1000;
  await sleep(2_000);
  const withRss = await rssMb(pid);
  const withHeap = await apiMetric(bench, 'nodejs_heap_size_used_bytes');
  const streams = await apiMetric(bench, 'shelfwise_sse_streams');
  bench.log(`  connected in ${connectSeconds.toFixed(1)} s; the API counts ${streams} streams; RSS ${withRss.toFixed(0)} MB, heap used ${(idleHeap / 2 ** 20).toFixed(0)} → ${(withHeap / 2 ** 20).toFixed(0)} MB`);

  const latencies: number[] = [];
  // Per update: the first client's latency (the relay, its NOTIFY, the read of the outbox) and the
  // spread from the first client to the last (the API's writes to every stream, and the harness
  // reading a thousand sockets on one thread).
  const firsts: number[] = [];
  const spreads: number[] = [];
  let missing = 0;
  const cpuBefore = await cpuSeconds(pid);
  const systemBefore = await systemSeconds(pid);
  const harnessBefore = process.cpuUsage();
  for (let i = 0; i < updates; i++) {
    const { version, acknowledged } = await update(100 + i);
    const times = await arrived(version, clientCount);
    missing += Math.max(0, clientCount - times.length);
    for (const at of times) latencies.push(at - acknowledged);
    if (times.length) {
      firsts.push(Math.min(...times) - acknowledged);
      spreads.push(Math.max(...times) - Math.min(...times));
    }
    // Apart, so each update is a batch of its own for the relay, as edits by people are.
    await sleep(150 + Math.random() * 100);
  }
  const cpuMs = ((await cpuSeconds(pid)) - cpuBefore) * 1000;
  const systemMs = ((await systemSeconds(pid)) - systemBefore) * 1000;
  const harness = process.cpuUsage(harnessBefore);
  const harnessMs = (harness.user + harness.system) / 1000;
  const stillOpen = clients.filter((c) => c.open).length;
  for (const c of clients) c.close();
  latencies.sort((a, b) => a - b);
  const p50 = percentile(latencies, 0.5);
  const p99 = percentile(latencies, 0.99);
  const max = latencies.at(-1) ?? NaN;
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5);
  const split = `first client ${median(firsts).toFixed(0)} ms, first to last client ${median(spreads).toFixed(0)} ms (medians over the updates)`;
  bench.log(`  ${updates} updates: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${max.toFixed(1)} ms; ${split}; CPU per update: API ${(cpuMs / updates).toFixed(1)} ms (system ${(systemMs / updates).toFixed(1)} ms), harness ${(harnessMs / updates).toFixed(1)} ms; ${missing} arrivals missing; ${stillOpen} streams still open`);
  if (missing) bench.notes.push(`SSE fan-out: ${missing} of ${updates * clientCount} (client, event) arrivals missing after ${EVENT_TIMEOUT_MS / 1000} s; ${stillOpen} of ${clientCount} streams still open.`);
  bench.rows.push({
    scenario: `SSE fan-out: ${clientCount.toLocaleString('en-US')} clients of one instance, ${updates} single-product PATCHes spaced apart; latency from the PATCH's answer to each client's arrival (max ${max.toFixed(0)} ms; ${split}; CPU per update: API ${(cpuMs / updates).toFixed(0)} ms, harness ${(harnessMs / updates).toFixed(0)} ms; the clients run in the harness process, on the same 2 cores)`,
    p50,
    p95: percentile(latencies, 0.95),
    p99,
    target: `p99 < ${LATENCY_TARGET_MS} ms, every client every event`,
    met: p99 < LATENCY_TARGET_MS && missing === 0,
  });
  const perClientKiB = ((withRss - idleRss) * 1024) / clientCount;
  const heapKiB = (withHeap - idleHeap) / 1024 / clientCount;
  bench.rows.push({
    scenario: `API memory per connected SSE client (${clientCount.toLocaleString('en-US')} streams open, ${streams} counted by the API; heap used ${heapKiB.toFixed(0)} KiB per client)`,
    ratio: `RSS ${idleRss.toFixed(0)} → ${withRss.toFixed(0)} MB: ${perClientKiB.toFixed(0)} KiB per client`,
    target: `≤ ${MEMORY_TARGET_KIB} KiB per client`,
    met: perClientKiB <= MEMORY_TARGET_KIB && streams === clientCount,
  });
}
