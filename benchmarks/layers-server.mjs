// One layer composition of the API's stack for `layers.ts`: the real compiled middleware
// (backend/dist), stacked in the app's order up to the named layer, in front of one route that
// answers a product read from the Redis cache. Usage: node layers-server.mjs <layer> <port> <redisUrl>
import compression from 'compression';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import { createHash } from 'node:crypto';
import http from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [layer, port, redisUrl] = process.argv.slice(2);
const dist = (path) => import(pathToFileURL(join(import.meta.dirname, '..', 'backend', 'dist', 'src', path)).href);
const { createRedisClient, waitForRedisReady } = await dist('lib/redis.js');
const { createCache } = await dist('lib/cache/index.js');
const { createLogger } = await dist('lib/logger.js');
const { createMetrics } = await dist('lib/metrics.js');
const { requestMetrics } = await dist('lib/http/metrics.js');
const { requestId } = await dist('lib/http/request-id.js');
const { precomputedHeaders, recordedHeaders } = await dist('lib/http/security-headers.js');
const { accessLog } = await dist('lib/http/access-log.js');
const { buildRateLimiter, createRateLimiter } = await dist('lib/http/rate-limit.js');
const { withFastLane } = await dist('lib/http/fast-lane.js');

const LAYERS = ['route', 'prelude', 'edge', 'limit', 'lean-limit', 'node-read', 'lane-read', 'lane-limit', 'lane', 'lane-one-script'];
const lane = layer === 'node-read' || layer.startsWith('lane');
const depth = lane ? 0 : LAYERS.indexOf(layer);
if (depth < 0) throw new Error(`layer must be one of ${LAYERS.join(', ')}`);

// rate-limit-redis's increment script, ending with totalHits and timeToExpire set instead of returned.
const ONE_SCRIPT_COUNT = 'local windowMs = tonumber(ARGV[1])\nlocal timeToExpire = redis.call("PTTL", KEYS[1])\nlocal totalHits\nif timeToExpire <= 0 then\nredis.call("SET", KEYS[1], 1, "PX", windowMs)\ntotalHits = 1\ntimeToExpire = windowMs\nelse\ntotalHits = redis.call("INCR", KEYS[1])\nend';

const logger = createLogger('info');
const redis = createRedisClient(redisUrl, { commandTimeoutMs: 250, keyPrefix: 'layers:', logger });
await waitForRedisReady(redis, 5_000);
const cache = createCache({ redis, logger });
const body = JSON.stringify({ id: '0194f3c2-7d1e-7b3a-9c4f-2a6b8e1d5f70', name: 'Stainless steel water bottle, 750 ml', description: 'Double-walled, keeps drinks cold for 24 hours and hot for 12.', sku: 'SW-000123', price: '24.90', currency: 'USD', stock: 120, status: 'active', version: 3 });
await cache.getOrSet('item', 600, async () => body);

const app = express();
app.disable('x-powered-by');
if (depth >= 1) {
  // What every request meets first in app.ts.
  app.use(requestMetrics(createMetrics()));
  app.use(requestId);
  app.use((_req, res, next) => next());
}
if (depth >= 2) {
  // The edge: security headers, access log (to stdout, a file), CORS, compression, JSON bodies.
  app.use(precomputedHeaders(helmet()));
  app.use(accessLog(logger));
  app.use(cors((req, cb) => cb(null, { origin: false })));
  app.use(compression());
  app.use(express.json());
}
const api = express.Router();
if (layer === 'limit') api.use(createRateLimiter({ name: 'api', windowMs: 60_000, limit: 1e9, redis, logger }));
if (layer === 'lean-limit') api.use(leanLimiter('api', 60_000, 1e9));
api.get('/item', async (_req, res) => {
  const { value } = await cache.getOrSet('item', 600, async () => body);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(value);
});
app.use('/api', api);
if (!lane) app.listen(Number(port), '127.0.0.1');
else http.createServer(laneListener()).listen(Number(port), '127.0.0.1');

// The fast lane (lib/http/fast-lane.ts) as the app composes it, built up: node:http answering from
// the cache alone (node-read); the lane with its request id, headers and Vary but a constant count
// instead of the limiter and no access log or metrics (lane-read, an experiment); with the shared
// limiter's count (lane-limit); with the access log and request metrics too (lane: the app's lane);
// and the lane with the count and the cache read in one Lua script (lane-one-script, an experiment:
// rate-limit-redis's algorithm on its key, then the cache's MGET, one command instead of two).
function laneListener() {
  if (layer === 'node-read') {
    return (_req, res) => {
      void cache.peek('item').then((value) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(value);
      });
    };
  }
  const { counter } = buildRateLimiter({ name: 'api', windowMs: 60_000, limit: 1e9, redis, logger });
  const constant = { totalHits: 1, resetTime: new Date(Date.now() + 60_000) };
  const route = {
    label: '/api/item',
    mount: '/api',
    match: (path) => (path === '/item' ? 'item' : undefined),
    async answer(key) {
      const value = await cache.peek(key);
      return value === null ? null : { status: 200, headers: [['Cache-Control', 'private, no-cache'], ['X-Cache', 'HIT']], vary: ['Authorization'], body: value };
    },
  };
  const full = layer === 'lane' || layer === 'lane-one-script';
  let limiter = layer === 'lane-read' ? { ...counter, count: async () => constant } : counter;
  if (layer === 'lane-one-script') {
    // The cache's own MGET (lib/cache/redis-cache.ts read: generation, entry) after the count; the
    // payload is the entry's text after its header (lib/cache/entry.ts), its generation not checked.
    redis.defineCommand('countAndRead', { numberOfKeys: 3, lua: `${ONE_SCRIPT_COUNT}\nreturn { totalHits, timeToExpire, redis.call("MGET", KEYS[2], KEYS[3]) }` });
    // The lane asks for the count before the answer (fast-lane.ts serve): the answer waits for the
    // reply the count asked for.
    let reply;
    limiter = {
      ...counter,
      count: async (key) => {
        reply = redis.countAndRead(`rl:api:${key}`, 'cache:gen', 'cache:k:item', '60000');
        const [totalHits, ttl] = await reply;
        return { totalHits, resetTime: new Date(Date.now() + ttl) };
      },
    };
    route.answer = async () => {
      const raw = (await reply)[2][1];
      let at = -1;
      for (let i = 0; i < 3; i++) at = raw.indexOf('|', at + 1);
      return { status: 200, headers: [['Cache-Control', 'private, no-cache'], ['X-Cache', 'HIT']], vary: ['Authorization'], body: raw.slice(at + 1) };
    };
  }
  return withFastLane(app, {
    routes: [route],
    limiter,
    trustProxy: app.get('trust proxy fn'),
    securityHeaders: recordedHeaders(helmet()),
    accessLog: full ? accessLog(logger) : (_req, _res, next) => next(),
    metrics: full ? createMetrics() : { observeRequest() {} },
    lifecycle: { draining: false },
  });
}

// An experiment, not the app's code: the same Redis script and key as rate-limit-redis and the same
// draft-8 headers as express-rate-limit, written directly, to see what the limiter costs at least.
function leanLimiter(name, windowMs, limit) {
  const script = 'local windowMs = tonumber(ARGV[1])\nlocal timeToExpire = redis.call("PTTL", KEYS[1])\nif timeToExpire <= 0 then\nredis.call("SET", KEYS[1], 1, "PX", windowMs)\nreturn { 1, windowMs }\nend\nlocal totalHits = redis.call("INCR", KEYS[1])\nreturn { totalHits, timeToExpire }';
  redis.defineCommand('rlIncrement', { numberOfKeys: 1, lua: script });
  const pks = new Map();
  const windowSeconds = Math.ceil(windowMs / 1000);
  return async (req, res, next) => {
    const key = req.ip;
    const [hits, ttl] = await redis.rlIncrement(`rl:${name}:${key}`, windowMs);
    let pk = pks.get(key);
    if (pk === undefined) {
      pk = Buffer.from(createHash('sha256').update(key).digest('hex').slice(0, 12)).toString('base64');
      pks.set(key, pk);
    }
    res.setHeader('RateLimit', `"${name}"; r=${Math.max(limit - hits, 0)}; t=${Math.max(0, Math.ceil(ttl / 1000))}`);
    res.setHeader('RateLimit-Policy', `"${name}"; q=${limit}; w=${windowSeconds}; pk=:${pk}:`);
    next();
  };
}
