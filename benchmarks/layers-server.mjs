// One layer composition of the API's stack for `layers.ts`: the real compiled middleware
// (backend/dist), stacked in the app's order up to the named layer, in front of one route that
// answers a product read from the Redis cache. Usage: node layers-server.mjs <layer> <port> <redisUrl>
import compression from 'compression';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import { createHash } from 'node:crypto';
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
const { precomputedHeaders } = await dist('lib/http/security-headers.js');
const { accessLog } = await dist('lib/http/access-log.js');
const { createRateLimiter } = await dist('lib/http/rate-limit.js');

const LAYERS = ['route', 'prelude', 'edge', 'limit', 'lean-limit'];
const depth = LAYERS.indexOf(layer);
if (depth < 0) throw new Error(`layer must be one of ${LAYERS.join(', ')}`);

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
app.listen(Number(port), '127.0.0.1');

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
