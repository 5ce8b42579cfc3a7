// Product pictures: how many uploads per second the re-encoding pipeline turns into variants (the
// API's own code, in this process), and a cached variant's GET against bare node:http.
import { cpus } from 'node:os';
import { renderVariants } from '@shelfwise/backend/products';
import sharp from 'sharp';
import { SATURATING_CONNECTIONS, type Bench } from '../lib/context.js';
import { registerUser } from './auth.js';
import { sameSizeBaselineRow } from '../lib/same-size.js';

/** A 2400 × 1600 JPEG with a photo's grain (noise under shapes), about 1.5 MB. */
async function photo(): Promise<Buffer> {
  const shapes = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1600">
    <rect width="2400" height="1600" fill="#7a5"/><circle cx="800" cy="700" r="500" fill="#c63"/><rect x="1400" y="300" width="700" height="900" fill="#36c"/></svg>`);
  return sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 25 } } })
    .composite([{ input: shapes, blend: 'overlay' }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/**
 * Issue 20's targets for pictures. Thumbnails: an upload answers once its variants are written,
 * so the person uploading waits one render; p95 under a second keeps that wait short with both
 * cores busy rendering. Cached image: issue 20's ratio to bare node:http (its body is ~5 kB to
 * bare's ~400 bytes, so part of the gap is the write).
 */
const THUMBNAIL_P95_TARGET_MS = 1_000;
const CACHED_IMAGE_TARGET = 0.5;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * Uploads rendered per second: one pipeline per core at a time (sharp works in libuv's pool, so
 * the event loop is free meanwhile), each image checked, decoded once and encoded to three WebPs.
 */
async function thumbnails(bench: Bench, jpeg: Buffer): Promise<void> {
  bench.log('thumbnails: renderVariants on a 2400 × 1600 JPEG');
  const parallel = cpus().length;
  const render = () => renderVariants(jpeg, { maxPixels: 40_000_000 });
  await Promise.all(Array.from({ length: parallel }, render));
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const until = started + bench.durations.measure * 1000;
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (performance.now() < until) {
      const t = performance.now();
      await render();
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  const perSecond = latencies.length / seconds;
  bench.log(`  ${perSecond.toFixed(1)} images/s (${parallel} at a time), p50 ${percentile(latencies, 50).toFixed(0)} ms`);
  bench.rows.push({
    scenario: `thumbnails: images per second (2400 × 1600 JPEG → WebP 160/480/1200, ${parallel} at a time, in process)`,
    rps: perSecond,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    cpuUs: ((cpu.user + cpu.system) / latencies.length),
    ratio: '',
    target: `p95 < ${THUMBNAIL_P95_TARGET_MS.toLocaleString('en-US')} ms per image`,
    met: percentile(latencies, 95) < THUMBNAIL_P95_TARGET_MS,
  });
}

/** One picture uploaded through the API; its card-sized variant, read once so the API's cache holds it. */
async function uploadedVariant(bench: Bench, jpeg: Buffer): Promise<string> {
  const { apiUrl, databaseUrl } = bench.stack;
  const user = await registerUser(apiUrl, databaseUrl, 'images');
  const auth = { authorization: `Bearer ${user.accessToken}` };
  const created = await fetch(`${apiUrl}/api/v1/products`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench picture', sku: `IMG-${Date.now()}`, price: '9.99', status: 'active' }),
  });
  if (created.status !== 201) throw new Error(`creating a product failed: ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'bench.jpg');
  const uploaded = await fetch(`${apiUrl}/api/v1/products/${id}/images`, { method: 'POST', headers: auth, body: form });
  if (uploaded.status !== 201) throw new Error(`uploading failed: ${uploaded.status} ${await uploaded.text()}`);
  const { image } = (await uploaded.json()) as { image: { srcset: string } };
  // The 480 px variant: what a catalogue card shows, so the one a page asks for most.
  const path = image.srcset.split(', ').find((entry) => entry.endsWith(' 480w'))!.split(' ')[0]!;
  const first = await fetch(`${apiUrl}${path}`);
  if (first.status !== 200 || first.headers.get('content-type') !== 'image/webp') throw new Error(`${path}: ${first.status}`);
  bench.log(`  ${path}: ${(await first.arrayBuffer()).byteLength} bytes`);
  return `${apiUrl}${path}`;
}

export async function imagesScenario(bench: Bench): Promise<void> {
  const jpeg = await photo();
  await thumbnails(bench, jpeg);
  const url = await uploadedVariant(bench, jpeg);
  bench.log('GET /api/v1/images/<digest>-480.webp (cached in process)');
  await bench.againstBaseline('cached image GET (`/api/v1/images/<digest>-480.webp`, from the in-process cache)', { url, connections: SATURATING_CONNECTIONS }, CACHED_IMAGE_TARGET);
  await sameSizeBaselineRow(bench, url, 'the picture');
}
