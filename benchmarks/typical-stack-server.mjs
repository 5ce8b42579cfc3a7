// The "typical production stack" of `npm run bench -- --compare` (issue 20): what a plain Express 5
// implementation of the cached product read looks like with the usual production packages, each
// used as its README shows, no shortcuts: helmet, cors, compression, pino-http (an access line per
// request, to stdout, which the harness sends to a file as it does the API's log), express-rate-limit
// on rate-limit-redis (a shared counter in Redis, every request counted), then one ioredis GET
// answering the JSON the API's cache holds for the same product. The harness writes that JSON under
// `typical:product:<id>` before the run, so both servers send the same body for the same route
// shape. It is a reference point to compare the API with, not the app's code.
// Usage: node typical-stack-server.mjs <port> <redisUrl>
import compression from 'compression';
import cors from 'cors';
import express from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { Redis } from 'ioredis';
import { pinoHttp } from 'pino-http';
import { RedisStore } from 'rate-limit-redis';

const [port, redisUrl] = process.argv.slice(2);
const redis = new Redis(redisUrl);

const app = express();
app.use(helmet());
app.use(cors());
app.use(compression());
app.use(pinoHttp());
// The API's limits are raised for the benchmark the same way (lib/servers.ts): nothing is refused,
// every request still pays for the Redis counter.
app.use(
  rateLimit({
    windowMs: 60_000,
    limit: 1_000_000_000,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: new RedisStore({ prefix: 'typical-rl:', sendCommand: (command, ...args) => redis.call(command, ...args) }),
  }),
);
app.use(express.json());

app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});

app.get('/api/v1/products/:id', async (req, res) => {
  const cached = await redis.get(`typical:product:${req.params.id}`);
  if (cached === null) {
    res.status(404).json({ error: 'not found' });
    return;
  }
  res.type('application/json').send(cached);
});

const server = app.listen(Number(port), '127.0.0.1');
server.keepAliveTimeout = 65_000;
process.on('SIGTERM', () => server.close(() => process.exit(0)));
