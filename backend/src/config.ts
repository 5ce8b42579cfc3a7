import { isAbsolute, join } from 'node:path';
import Joi from 'joi';
import { projectRoot } from './lib/paths.js';

// The only reader of process.env. Everything else receives a Config.

const DEV_JWT_SECRET = 'dev-only-secret-change-me-0123456789abcdef';

// One entry of a TRUST_PROXY list: an address, a subnet, or one of Express's named ranges.
const PROXY_ITEM = '(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(/\\d{1,3})?)';

const schema = Joi.object<Record<string, unknown>>({
  NODE_ENV: Joi.string().valid('development', 'production', 'test').default('development'),
  HOST: Joi.string().default('0.0.0.0'),
  PORT: Joi.number().port().default(5000),
  LOG_LEVEL: Joi.string().valid('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent').default('info'),
  // auto: human-readable lines when development output goes to a terminal, JSON lines otherwise.
  // Production always logs JSON lines (a collector reads them), so "pretty" is refused there.
  LOG_FORMAT: Joi.string().valid('auto', 'json', 'pretty').default('auto').when('NODE_ENV', {
    is: 'production',
    then: Joi.invalid('pretty').messages({ 'any.invalid': '"LOG_FORMAT" must be json (or auto) in production' }),
  }),

  // Always given: `npm start` and the other root commands pass the development stack's private
  // PostgreSQL (tools/devstack); a deployment names its own.
  DATABASE_URL: Joi.string().uri({ scheme: ['postgres', 'postgresql'] }).required().messages({
    'any.required': '"DATABASE_URL" is required (npm start at the repository root provides a private PostgreSQL)',
  }),
  // The same database as the role that owns the tables (migrations, seeds). The API itself never
  // connects with it; DATABASE_URL should be a role that row-level security binds (README).
  DATABASE_OWNER_URL: Joi.string().uri({ scheme: ['postgres', 'postgresql'] }),
  // Whether the API may run on a DATABASE_URL role that skips row-level security (a superuser, the
  // tables' owner or BYPASSRLS). Refused in production unless this says so; elsewhere a warning.
  DATABASE_ALLOW_RLS_BYPASS: Joi.boolean().default(false),
  // A streaming-replication standby of DATABASE_URL; unset, every query goes to DATABASE_URL.
  DATABASE_REPLICA_URL: Joi.string().uri({ scheme: ['postgres', 'postgresql'] }),
  DATABASE_POOL_SIZE: Joi.number().integer().min(1).max(200).default(10),
  DATABASE_POOL_TIMEOUT_MS: Joi.number().integer().min(100).max(60_000).default(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: Joi.number().integer().min(100).max(600_000).default(10_000),

  REDIS_URL: Joi.string().uri({ scheme: ['redis', 'rediss'] }),
  REDIS_COMMAND_TIMEOUT_MS: Joi.number().integer().min(10).max(10_000).default(250),
  REDIS_KEY_PREFIX: Joi.string().max(64).default('shelfwise:'),

  CORS_ORIGINS: Joi.string().allow('').default('http://localhost:5173,http://127.0.0.1:5173'),
  TRUST_PROXY: Joi.string()
    .pattern(new RegExp(`^(false|\\d{1,2}|${PROXY_ITEM}(,${PROXY_ITEM})*)$`))
    .default('false')
    .messages({ 'string.pattern.base': '"TRUST_PROXY" must be false, a hop count, or a list of proxy addresses/subnets (never "true")' }),
  BODY_LIMIT: Joi.string().pattern(/^\d+(b|kb|mb)$/).default('100kb'),
  SHUTDOWN_GRACE_MS: Joi.number().integer().min(0).max(120_000).default(10_000),
  READINESS_TIMEOUT_MS: Joi.number().integer().min(50).max(10_000).default(1_000),
  SPA_DIR: Joi.string().default('frontend/dist'),
  // Source maps expose the frontend's source; production serves them only when this says so.
  SERVE_SOURCE_MAPS: Joi.boolean().default(false),

  RATE_LIMIT_WINDOW_MS: Joi.number().integer().min(1_000).default(60_000),
  RATE_LIMIT_MAX: Joi.number().integer().min(1).default(600),
  // Requests per API key per window, wherever they come from (each client is also held to RATE_LIMIT_MAX).
  API_KEY_RATE_LIMIT_MAX: Joi.number().integer().min(1).default(300),

  // Production must not run on development defaults for anything that protects users.
  JWT_SECRET: Joi.string().min(32).default(DEV_JWT_SECRET).when('NODE_ENV', {
    is: 'production',
    then: Joi.string().invalid(DEV_JWT_SECRET).required().messages({
      'any.invalid': '"JWT_SECRET" must be set to a secret of your own in production',
      'any.required': '"JWT_SECRET" must be set to a secret of your own in production',
    }),
  }),
  JWT_ISSUER: Joi.string().default('shelfwise'),
  JWT_AUDIENCE: Joi.string().default('shelfwise-api'),
  // Minimum 5, not more: the end-to-end suite runs a server whose tokens expire within the test.
  ACCESS_TOKEN_TTL_SECONDS: Joi.number().integer().min(5).max(3_600).default(900),
  REFRESH_TOKEN_TTL_SECONDS: Joi.number().integer().min(300).default(7 * 24 * 3_600),
  SESSION_MAX_AGE_SECONDS: Joi.number().integer().min(300).default(30 * 24 * 3_600),
  // How stale a cached session state may be: a session ended or a user deleted outside the API (in
  // the database) still passes for at most this long. Seconds, not minutes, on purpose.
  SESSION_STATE_CACHE_SECONDS: Joi.number().integer().min(1).max(60).default(5),
  // Cost 12 in production; lower values only where tests need speed.
  BCRYPT_COST: Joi.number().integer().max(15).default(12).when('NODE_ENV', {
    switch: [
      { is: 'production', then: Joi.number().min(12) },
      { is: 'test', then: Joi.number().min(4), otherwise: Joi.number().min(10) },
    ],
  }),
  // Per account on one client (IP address, or device cookie of an earlier sign-in).
  LOGIN_MAX_FAILURES_PER_ACCOUNT: Joi.number().integer().min(1).max(99).default(10),
  // Per account across every client without a device cookie: looser, slowed down on the way.
  LOGIN_MAX_UNTRUSTED_FAILURES_PER_ACCOUNT: Joi.number().integer().min(1).max(10_000).default(50),
  LOGIN_SLOWDOWN_AFTER_FAILURES: Joi.number().integer().min(1).max(10_000).default(20),
  LOGIN_SLOWDOWN_MAX_MS: Joi.number().integer().min(0).max(30_000).default(8_000),
  LOGIN_FAILURE_WINDOW_SECONDS: Joi.number().integer().min(60).default(15 * 60),
  AUTH_RATE_LIMIT_MAX: Joi.number().integer().min(1).default(30),

  // Where the SPA is served: the links in emails (password reset, verification) point here.
  PUBLIC_URL: Joi.string().uri({ scheme: ['http', 'https'] }).default('http://localhost:5000'),
  // Outgoing mail. `npm start` runs a local mail catcher and sets it; production must name a real server,
  // since without one nobody could ever reset a password or confirm an address.
  SMTP_URL: Joi.string().uri({ scheme: ['smtp', 'smtps'] }).when('NODE_ENV', {
    is: 'production',
    then: Joi.required().messages({ 'any.required': '"SMTP_URL" must name the SMTP server that sends mail in production' }),
  }),
  MAIL_FROM: Joi.string().default('Shelfwise <no-reply@shelfwise.localhost>'),
  // Whether a user who has not yet confirmed their email address may create, change or delete products.
  UNVERIFIED_USERS_MAY_WRITE: Joi.boolean().default(false),
  // Background jobs (emails): this process works the queues unless told not to (a web-only instance).
  JOB_WORKERS: Joi.boolean().default(true),
  PASSWORD_RESET_TTL_SECONDS: Joi.number().integer().min(60).max(24 * 3_600).default(30 * 60),
  EMAIL_VERIFICATION_TTL_SECONDS: Joi.number().integer().min(300).max(30 * 24 * 3_600).default(48 * 3_600),
  // Reset and verification emails one account can be sent per hour, whoever asks (per client: AUTH_RATE_LIMIT_MAX).
  ACCOUNT_EMAILS_PER_HOUR: Joi.number().integer().min(1).max(100).default(5),

  // Workspaces (modules/workspaces): members per workspace (pending invitations count), workspaces a
  // user may create besides their personal one, invitations one workspace may send per hour.
  WORKSPACE_MEMBERS_MAX: Joi.number().integer().min(1).max(10_000).default(50),
  WORKSPACES_PER_USER_MAX: Joi.number().integer().min(0).max(1_000).default(10),
  INVITATIONS_PER_HOUR: Joi.number().integer().min(1).max(1_000).default(20),
  INVITATION_TTL_SECONDS: Joi.number().integer().min(300).max(30 * 86_400).default(7 * 86_400),

  DEFAULT_CURRENCY: Joi.string().pattern(/^[A-Z]{3}$/).default('USD'),
  // How long past its TTL a cached catalogue read may still answer while PostgreSQL is down; 0 = never.
  STALE_IF_ERROR_SECONDS: Joi.number().integer().min(0).max(86_400).default(600),
  // Product history (modules/products/history): a version goes once older than the days OR beyond the
  // last N of its product; the latest of each product always stays (a daily job).
  HISTORY_RETENTION_DAYS: Joi.number().integer().min(1).max(36_500).default(365),
  HISTORY_MAX_VERSIONS: Joi.number().integer().min(1).max(1_000_000).default(500),
  // The audit log (modules/audit): entries older than this go (a daily job). At least 30: the
  // database's pruning function keeps younger entries whatever it is asked (migration 20261205090100_audit_log).
  AUDIT_RETENTION_DAYS: Joi.number().integer().min(30).max(36_500).default(365),
  METRICS_TOKEN: Joi.string().min(16),

  // Product pictures (modules/products/images) and where their files are kept (lib/storage):
  // postgres, the database every instance of a cluster already shares, or any S3-compatible service.
  STORAGE_DRIVER: Joi.string().valid('postgres', 's3').default('postgres'),
  S3_BUCKET: Joi.string().when('STORAGE_DRIVER', { is: 's3', then: Joi.required() }),
  S3_REGION: Joi.string().default('us-east-1'),
  // Unset: AWS's own endpoint for the region; set for another S3-compatible service.
  S3_ENDPOINT: Joi.string().uri({ scheme: ['http', 'https'] }),
  // Unset: the SDK's own chain (AWS_* variables, shared files, the instance's role).
  S3_ACCESS_KEY_ID: Joi.string(),
  S3_SECRET_ACCESS_KEY: Joi.string().when('S3_ACCESS_KEY_ID', { is: Joi.exist(), then: Joi.required() }),
  S3_FORCE_PATH_STYLE: Joi.boolean().default(false),
  IMAGE_MAX_BYTES: Joi.number().integer().min(1_024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
  // Checked from the file's header before anything is decoded: a small file can claim billions of pixels.
  IMAGE_MAX_PIXELS: Joi.number().integer().min(10_000).max(268_402_689).default(40_000_000),
  // CSV imports (modules/products/import): the largest upload, streamed to the storage in parts,
  // so memory stays bounded whatever this is; at most 1 GiB (the ImportUpload.size column is int4).
  IMPORT_MAX_BYTES: Joi.number().integer().min(1_024).max(1024 * 1024 * 1024).default(100 * 1024 * 1024),

  // The outbox (modules/events): relayed events are kept this long (a daily job), for consumers and
  // for SSE clients resuming with Last-Event-ID; how often the relay looks for new ones; how often
  // an SSE stream sends a heartbeat (and checks its credential again).
  OUTBOX_RETENTION_DAYS: Joi.number().integer().min(1).max(3_650).default(7),
  OUTBOX_POLL_MS: Joi.number().integer().min(10).max(10_000).default(25),
  SSE_HEARTBEAT_SECONDS: Joi.number().integer().min(1).max(300).default(15),
  // A RabbitMQ to publish every event to as well (topic exchange shelfwise.events, routing key =
  // the event's type, publisher confirms); unset, there is no broker.
  AMQP_URL: Joi.string().uri({ scheme: ['amqp', 'amqps'] }),

  // Webhooks (modules/webhooks). A target that resolves to a loopback, private, link-local or
  // metadata address is refused (server-side request forgery) unless private targets are allowed
  // (tests and development only) or the exact host:port is listed; DNS servers to resolve targets
  // with instead of the system's; the time one attempt may take, answer included.
  WEBHOOK_ALLOW_PRIVATE_TARGETS: Joi.boolean().default(false),
  WEBHOOK_ALLOWED_TARGETS: Joi.string().allow('').default('')
    .pattern(/^\s*([^\s,:]+:\d{1,5}\s*(,\s*[^\s,:]+:\d{1,5}\s*)*)?$/)
    .messages({ 'string.pattern.base': '"WEBHOOK_ALLOWED_TARGETS" must be host:port entries separated by commas' }),
  WEBHOOK_DNS_SERVERS: Joi.string().allow('').default(''),
  WEBHOOK_TIMEOUT_MS: Joi.number().integer().min(100).max(60_000).default(10_000),
  // The waits between attempts, in seconds (each ±20%): about a day in all by default.
  WEBHOOK_RETRY_SCHEDULE_SECONDS: Joi.string().pattern(/^\s*\d+(\s*,\s*\d+)*\s*$/).default('5,300,1800,7200,18000,36000,36000')
    .messages({ 'string.pattern.base': '"WEBHOOK_RETRY_SCHEDULE_SECONDS" must be whole numbers of seconds separated by commas' }),
  // Finished deliveries (and their attempts) are kept this long in the delivery log (a daily job).
  WEBHOOK_LOG_RETENTION_DAYS: Joi.number().integer().min(1).max(3_650).default(30),
})
  .unknown(true);

export type Config = ReturnType<typeof toConfig>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates an environment (process.env by default) and returns a frozen, typed config. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = schema.validate(env, { abortEarly: false, convert: true });
  if (result.error) throw new ConfigError(result.error.details.map((d) => d.message));
  return Object.freeze(toConfig(result.value));
}

function resolveFromProject(path: string): string {
  return isAbsolute(path) ? path : join(projectRoot, path);
}

function toConfig(e: Record<string, unknown>) {
  return {
    env: e.NODE_ENV as 'development' | 'production' | 'test',
    host: e.HOST as string,
    port: e.PORT as number,
    logLevel: e.LOG_LEVEL as string,
    logFormat: e.LOG_FORMAT as 'auto' | 'json' | 'pretty',
    database: {
      url: e.DATABASE_URL as string,
      ownerUrl: e.DATABASE_OWNER_URL as string | undefined,
      allowRlsBypass: e.DATABASE_ALLOW_RLS_BYPASS as boolean,
      replicaUrl: e.DATABASE_REPLICA_URL as string | undefined,
      poolSize: e.DATABASE_POOL_SIZE as number,
      poolTimeoutMs: e.DATABASE_POOL_TIMEOUT_MS as number,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS as number,
    },
    redis: {
      url: e.REDIS_URL as string | undefined,
      commandTimeoutMs: e.REDIS_COMMAND_TIMEOUT_MS as number,
      keyPrefix: e.REDIS_KEY_PREFIX as string,
    },
    http: {
      corsOrigins: (e.CORS_ORIGINS as string).split(',').map((o) => o.trim()).filter(Boolean),
      trustProxy: parseTrustProxy(e.TRUST_PROXY as string),
      bodyLimit: e.BODY_LIMIT as string,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS as number,
      readinessTimeoutMs: e.READINESS_TIMEOUT_MS as number,
      spaDir: resolveFromProject(e.SPA_DIR as string),
      serveSourceMaps: e.NODE_ENV !== 'production' || (e.SERVE_SOURCE_MAPS as boolean),
    },
    rateLimit: {
      windowMs: e.RATE_LIMIT_WINDOW_MS as number,
      max: e.RATE_LIMIT_MAX as number,
      authMax: e.AUTH_RATE_LIMIT_MAX as number,
      apiKeyMax: e.API_KEY_RATE_LIMIT_MAX as number,
    },
    auth: {
      jwtSecret: e.JWT_SECRET as string,
      usingDevSecret: e.JWT_SECRET === DEV_JWT_SECRET,
      issuer: e.JWT_ISSUER as string,
      audience: e.JWT_AUDIENCE as string,
      accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS as number,
      refreshTokenTtlSeconds: e.REFRESH_TOKEN_TTL_SECONDS as number,
      sessionMaxAgeSeconds: e.SESSION_MAX_AGE_SECONDS as number,
      sessionStateCacheSeconds: e.SESSION_STATE_CACHE_SECONDS as number,
      bcryptCost: e.BCRYPT_COST as number,
      loginMaxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT as number,
      loginMaxUntrustedFailuresPerAccount: e.LOGIN_MAX_UNTRUSTED_FAILURES_PER_ACCOUNT as number,
      loginSlowdownAfterFailures: e.LOGIN_SLOWDOWN_AFTER_FAILURES as number,
      loginSlowdownMaxMs: e.LOGIN_SLOWDOWN_MAX_MS as number,
      loginFailureWindowSeconds: e.LOGIN_FAILURE_WINDOW_SECONDS as number,
    },
    mail: {
      smtpUrl: e.SMTP_URL as string | undefined,
      from: e.MAIL_FROM as string,
    },
    jobs: {
      workers: e.JOB_WORKERS as boolean,
    },
    accounts: {
      publicUrl: (e.PUBLIC_URL as string).replace(/\/+$/, ''),
      unverifiedUsersMayWrite: e.UNVERIFIED_USERS_MAY_WRITE as boolean,
      passwordResetTtlSeconds: e.PASSWORD_RESET_TTL_SECONDS as number,
      emailVerificationTtlSeconds: e.EMAIL_VERIFICATION_TTL_SECONDS as number,
      emailsPerHour: e.ACCOUNT_EMAILS_PER_HOUR as number,
    },
    workspaces: {
      membersMax: e.WORKSPACE_MEMBERS_MAX as number,
      perUserMax: e.WORKSPACES_PER_USER_MAX as number,
      invitationsPerHour: e.INVITATIONS_PER_HOUR as number,
      invitationTtlSeconds: e.INVITATION_TTL_SECONDS as number,
    },
    products: {
      defaultCurrency: e.DEFAULT_CURRENCY as string,
      staleIfErrorSeconds: e.STALE_IF_ERROR_SECONDS as number,
      history: {
        retentionDays: e.HISTORY_RETENTION_DAYS as number,
        maxVersions: e.HISTORY_MAX_VERSIONS as number,
      },
    },
    audit: {
      retentionDays: e.AUDIT_RETENTION_DAYS as number,
    },
    metricsToken: e.METRICS_TOKEN as string | undefined,
    storage: {
      driver: e.STORAGE_DRIVER as 'postgres' | 's3',
      s3: {
        bucket: e.S3_BUCKET as string | undefined,
        region: e.S3_REGION as string,
        endpoint: e.S3_ENDPOINT as string | undefined,
        accessKeyId: e.S3_ACCESS_KEY_ID as string | undefined,
        secretAccessKey: e.S3_SECRET_ACCESS_KEY as string | undefined,
        forcePathStyle: e.S3_FORCE_PATH_STYLE as boolean,
      },
    },
    images: {
      maxBytes: e.IMAGE_MAX_BYTES as number,
      maxPixels: e.IMAGE_MAX_PIXELS as number,
    },
    imports: {
      maxBytes: e.IMPORT_MAX_BYTES as number,
    },
    events: {
      retentionDays: e.OUTBOX_RETENTION_DAYS as number,
      pollMs: e.OUTBOX_POLL_MS as number,
      heartbeatSeconds: e.SSE_HEARTBEAT_SECONDS as number,
      amqpUrl: e.AMQP_URL as string | undefined,
    },
    webhooks: {
      allowPrivateTargets: e.WEBHOOK_ALLOW_PRIVATE_TARGETS as boolean,
      allowedTargets: commaList(e.WEBHOOK_ALLOWED_TARGETS as string).map((t) => t.toLowerCase()),
      dnsServers: commaList(e.WEBHOOK_DNS_SERVERS as string),
      timeoutMs: e.WEBHOOK_TIMEOUT_MS as number,
      retryScheduleSeconds: commaList(e.WEBHOOK_RETRY_SCHEDULE_SECONDS as string).map(Number),
      logRetentionDays: e.WEBHOOK_LOG_RETENTION_DAYS as number,
    },
  };
}

const commaList = (value: string) => value.split(',').map((v) => v.trim()).filter(Boolean);

// Express's `trust proxy` accepts a hop count or a list of addresses; `true` would trust any
// X-Forwarded-For a client sends, so it is not representable here.
function parseTrustProxy(value: string): false | number | string[] {
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((v) => v.trim());
}
