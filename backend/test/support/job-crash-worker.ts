// A server's job worker that dies mid-job, for jobs-resume.test.ts: it works the job queue with the
// test's stock kind and kills itself with SIGKILL (no cleanup: its transaction is cut, its pg-boss
// job stays active and its heartbeats stop) at CRASH: "after-commit" (its first chunk committed) or
// "in-chunk" (its first chunk written but not committed).
import { buildServedApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createCache } from '../../src/lib/cache/index.js';
import { createDatabase } from '../../src/lib/db.js';
import { createJobQueue } from '../../src/lib/jobs.js';
import { createLifecycle } from '../../src/lib/lifecycle.js';
import { createLogger } from '../../src/lib/logger.js';
import { STOCK_KIND, stockKind } from './job-kinds.js';

const die = () => process.kill(process.pid, 'SIGKILL');
const crash = process.env.CRASH;

const config = loadConfig({
  NODE_ENV: 'test', LOG_LEVEL: 'silent', BCRYPT_COST: '4', SPA_DIR: '/nonexistent-spa-dir', PUBLIC_URL: 'http://shelfwise.test',
  SMTP_URL: 'smtp://127.0.0.1:1', DATABASE_URL: process.env.DATABASE_URL ?? '',
});
const logger = createLogger('silent');
const jobs = createJobQueue({ connectionString: config.database.url, logger, poolSize: 2, maintenance: false });
const served = buildServedApp({ config, logger, db: createDatabase(config.database), cache: createCache({ redis: null, logger }), redis: null, lifecycle: createLifecycle(), jobs });
served.jobs.defineJobKind(STOCK_KIND, stockKind(crash === 'in-chunk' ? { inChunk: die } : { afterChunk: die }));
await jobs.start({ work: true });
