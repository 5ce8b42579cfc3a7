import compression from 'compression';
import cors from 'cors';
import type { RequestListener } from 'node:http';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Redis } from 'ioredis';
import type { Config } from './config.js';
import type { Cache } from './lib/cache/index.js';
import type { Database } from './lib/db.js';
import type { JobQueue } from './lib/jobs.js';
import { accessLog } from './lib/http/access-log.js';
import { errorHandler } from './lib/http/error-handler.js';
import { withFastLane, type FastRoute } from './lib/http/fast-lane.js';
import { withFrontDoor } from './lib/http/front-door.js';
import { metricsEndpoint, requestMetrics } from './lib/http/metrics.js';
import { routeNotFound } from './lib/http/not-found.js';
import { buildRateLimiter, type LimitCounter } from './lib/http/rate-limit.js';
import { requestId } from './lib/http/request-id.js';
import { helmetOptions, recordedHeaders } from './lib/http/security-headers.js';
import { spa } from './lib/http/spa.js';
import type { Lifecycle } from './lib/lifecycle.js';
import type { Logger } from './lib/logger.js';
import { createStorage } from './lib/storage/index.js';
import { createMetrics, type Metrics } from './lib/metrics.js';
import { version } from './lib/version.js';
import { auditModule } from './modules/audit/index.js';
import { authModule } from './modules/auth/index.js';
import { categoriesModule } from './modules/categories/index.js';
import { apiDocsRouter, openApiRouter } from './modules/docs/index.js';
import { eventsModule } from './modules/events/index.js';
import { healthRouter, writeLiveness } from './modules/health/index.js';
import { jobsModule, type UserJobs } from './modules/jobs/index.js';
import { forgetCachedProductLists, productsModule, type ProductsModule } from './modules/products/index.js';
import { webhooksModule } from './modules/webhooks/index.js';
import { workspacesModule } from './modules/workspaces/index.js';

export interface AppDeps {
  config: Config;
  logger: Logger;
  db: Database;
  cache: Cache;
  /** The shared Redis connection for rate limits; null when running with the in-process store. */
  redis: Redis | null;
  lifecycle: Lifecycle;
  /** Background jobs: modules define their queues on it while the app is built; started after. */
  jobs: JobQueue;
  /** Built by startInfrastructure, which hooks the cache to it; absent (tests), the app makes its own. */
  metrics?: Metrics;
}

// Headers a browser client may read from cross-origin responses.
// Content-Disposition: the file name of a CSV export, which a browser on another origin downloads;
// X-Total-Count: how many rows a product export holds, for its progress bar.
const EXPOSED_HEADERS = ['ETag', 'Location', 'X-Request-Id', 'X-Cache', 'RateLimit', 'RateLimit-Policy', 'Retry-After', 'Content-Disposition', 'X-Total-Count'];

/**
 * What the server listens with, so tests and the server share it: the Express app behind the
 * /health front door (lib/http/front-door.ts), both observing into the same metrics.
 */
export function buildRequestListener(deps: AppDeps): RequestListener {
  return buildServedApp(deps).listener;
}

/**
 * The listener and the Express app inside it (tests read the app's routing table), and its jobs
 * module's API (tests define job kinds of their own on it).
 */
export function buildServedApp(deps: AppDeps): { listener: RequestListener; app: Express; jobs: UserJobs } {
  const metrics = deps.metrics ?? createMetrics({ pool: deps.db.pool });
  const { app, jobs, edge } = composeApp({ ...deps, metrics });
  // Cached reads are answered beside Express (lib/http/fast-lane.ts) where the API's limit is shared
  // (Redis): its count is handed to that limiter's store for what the lane leaves to the app.
  const served = edge.limiter
    ? withFastLane(app, { ...edge, limiter: edge.limiter, trustProxy: app.get('trust proxy fn') as (address: string, hop: number) => boolean, metrics, lifecycle: deps.lifecycle })
    : app;
  return { app, jobs, listener: withFrontDoor(served, { metrics, lifecycle: deps.lifecycle, live: (res) => writeLiveness(res, version) }) };
}

/** The app's own middleware and routes that the fast lane runs or answers as the app would. */
interface Edge {
  routes: FastRoute[];
  limiter: LimitCounter | null;
  securityHeaders: ReturnType<typeof recordedHeaders>;
  accessLog: ReturnType<typeof accessLog>;
}

/** Builds the Express app without listening; GET|HEAD /health reaches it only through its own routes. */
export function buildApp(deps: AppDeps): Express {
  return composeApp(deps).app;
}

function composeApp(deps: AppDeps): { app: Express; jobs: UserJobs; edge: Edge } {
  const { config, logger } = deps;
  const app = express();
  const allowedOrigins = new Set(config.http.corsOrigins);
  app.disable('x-powered-by');
  app.set('trust proxy', config.http.trustProxy);
  const metrics = deps.metrics ?? createMetrics({ pool: deps.db.pool });

  app.use(requestMetrics(metrics));
  app.use(requestId);
  // While draining, tell keep-alive clients to reconnect elsewhere after this response.
  app.use((_req, res, next) => {
    if (deps.lifecycle.draining) res.setHeader('Connection', 'close');
    next();
  });
  // Probes come first: no logging, no rate limit, no body parsing on the path a balancer hits every second.
  // GET /health itself is answered before Express starts on the request (buildRequestListener);
  // these routes serve the other spellings and the readiness probe.
  app.use(
    healthRouter({
      pool: deps.db.pool,
      replica: deps.db.replica,
      cache: deps.cache,
      lifecycle: deps.lifecycle,
      readinessTimeoutMs: config.http.readinessTimeoutMs,
      version,
    }),
  );
  // A scrape every few seconds needs no access log or rate limit either; who may scrape: see metricsEndpoint.
  app.get('/metrics', metricsEndpoint(metrics, { token: config.metricsToken, openWithoutToken: config.env !== 'production' }));

  // helmet's default policy is static: its headers are computed once, not per request.
  const securityHeaders = recordedHeaders(helmet(helmetOptions(config.env === 'production')));
  app.use((_req, res, next) => {
    securityHeaders(res);
    next();
  });
  const log = accessLog(logger);
  app.use(log);
  // Every answer below depends on the request's Origin (a grant or none), including answers to
  // unlisted or absent origins, which cors leaves untouched: a shared cache must key on it.
  app.use((_req, res, next) => {
    res.vary('Origin');
    next();
  });
  app.use(
    // Only listed origins get CORS headers; any other Origin is answered with none at all, so the
    // browser refuses to expose the response and credentials are never offered to it.
    cors((req, callback) => {
      const origin = req.headers.origin;
      callback(null, origin && allowedOrigins.has(origin)
        ? { origin, credentials: true, exposedHeaders: EXPOSED_HEADERS, maxAge: 600 }
        : { origin: false });
    }),
  );
  app.use(compression());
  app.use(express.json({ limit: config.http.bodyLimit }));

  const api = express.Router();
  const apiLimit = buildRateLimiter({
    name: 'api',
    windowMs: config.rateLimit.windowMs,
    limit: config.rateLimit.max,
    redis: deps.redis,
    logger,
  });
  api.use(apiLimit.middleware);
  // auth.authenticate (the access-token check) guards other modules' routes too.
  const auth = authModule(deps);
  api.use('/auth', auth.router);
  api.use('/users', auth.usersRouter);
  // Each of the two needs the other: products ask whose workspace a request means; deleting a
  // workspace tells products which of them went with it (after products is built, hence the arrow).
  let products: ProductsModule | undefined = undefined;
  const workspaces = workspacesModule(deps, auth.authenticate, (ids) => products!.forgetProducts(ids));
  // A filter by a category covers its descendants: a change of the tree retires the cached lists.
  const categories = categoriesModule(deps, auth.authenticate, () => forgetCachedProductLists(deps.cache));
  const storage = createStorage(config.storage, deps.db.prisma);
  // Imports and bulk edits run as jobs: the products module defines their kinds and starts them.
  const userJobs = jobsModule({ ...deps, metrics, workspaces: workspaces.workspaces }, auth.authenticate);
  products = productsModule(
    { ...deps, workspaces: workspaces.workspaces, categories: categories.categories, storage, userJobs: userJobs.jobs },
    auth.authenticate,
  );
  api.use('/products/:id/images', products.imagesRouter);
  api.use('/workspaces/:slug/products/:id/images', products.workspaceImagesRouter);
  api.use('/workspaces/:slug/products/bulk', products.bulkRouter);
  api.use('/products', products.router);
  api.use('/workspaces/:slug/products', products.workspaceRouter);
  api.use('/workspaces/:slug/tags', products.tagsRouter);
  api.use('/workspaces/:slug/imports', products.importsRouter);
  api.use('/categories', categories.router);
  // A bulk edit's undo (and an import's failed rows) first: the products module's routes about its jobs.
  api.use('/jobs', products.jobsRouter);
  api.use('/jobs', userJobs.router);
  // The audit log records what auth and workspaces do (they import it); a workspace's log is read
  // by whom the workspaces policy allows, asked through this arrow.
  const audit = auditModule(deps, auth.authenticate, (principal, slug) => workspaces.authorize(principal, slug, 'audit.read'));
  api.use('/audit', audit.router);
  api.use('/workspaces/:slug/audit', audit.workspaceRouter);
  // Webhooks: managed by whom the workspaces policy allows; fed by the events relay (below).
  const webhooks = webhooksModule({ ...deps, metrics }, auth.authenticate, (principal, slug) => workspaces.authorize(principal, slug, 'webhook.manage'));
  api.use('/workspaces/:slug/webhooks', webhooks.router);
  api.use('/workspaces', workspaces.router);
  api.use('/invitations', workspaces.invitationsRouter);
  // Live events: the outbox's relay (one instance of the cluster relays) and this instance's SSE
  // streams; connected now, stopped with the lifecycle.
  const events = eventsModule({ ...deps, metrics, workspaces: workspaces.workspaces }, auth.authenticate);
  api.use('/events', events.router);
  events.onEvents('webhooks', webhooks.consumer);
  api.use(openApiRouter());
  api.use(routeNotFound);
  app.use('/api/v1/images', products.imageFilesRouter);
  app.use('/api/v1', api);
  app.use('/api/docs', apiDocsRouter());
  app.use('/api', routeNotFound);

  const spaRouter = spa(config.http.spaDir, { serveSourceMaps: config.http.serveSourceMaps });
  if (spaRouter) app.use(spaRouter);
  app.use(routeNotFound);
  app.use(errorHandler(logger));
  const edge = { routes: products.fastRoutes({ products: '/api/v1/products', imageFiles: '/api/v1/images' }), limiter: apiLimit.counter, securityHeaders, accessLog: log };
  return { app, jobs: userJobs.jobs, edge };
}
