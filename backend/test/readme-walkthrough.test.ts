import { execFile } from 'node:child_process';
import { startMailCatcher, type MailCatcher } from '@shelfwise/devstack';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/lib/paths.js';
import { startLiveServer, type LiveServer } from './openapi-support.js';

const exec = promisify(execFile);

/** The bash block between the walkthrough markers of README.md, exactly as a reader copies it. */
async function walkthrough(): Promise<string> {
  const readme = await readFile(join(projectRoot, 'README.md'), 'utf8');
  const block = /<!-- walkthrough:start -->\s*```bash\n([\s\S]*?)```\s*<!-- walkthrough:end -->/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no ```bash block between <!-- walkthrough:start --> and <!-- walkthrough:end -->');
  return block;
}

// Runs before the block, which stays untouched: stop at the first failing command, and have every
// curl report its status on stderr (curl's own --write-out, so nothing else about the call changes).
const PREAMBLE = `set -euo pipefail
curl() { command curl --write-out '%{stderr}STATUS %{http_code} %{method} %{url_effective}\\n' "$@"; }
`;

// As `npm start` runs it: mail to a catcher, and writes only for a confirmed address.
let server: LiveServer;
let mail: MailCatcher;
beforeAll(async () => {
  mail = await startMailCatcher();
  server = await startLiveServer({ smtpUrl: mail.smtpUrl, env: { UNVERIFIED_USERS_MAY_WRITE: 'false' } });
});
afterAll(async () => {
  await server?.close();
  await mail?.close();
});

describe('the README curl walk-through', () => {
  it('when run verbatim with bash against a live server, then every step answers the status its comment states', async () => {
    const block = await walkthrough();
    const expected = [...block.matchAll(/^# .*→ (\d{3})\b/gm)].map((m) => Number(m[1]));
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(block).toContain('API=${API:-http://localhost:5000}');
    expect(block).toContain('MAIL=${MAIL:-http://127.0.0.1:1080}');

    const run = await exec('bash', ['-c', PREAMBLE + block], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', API: server.url, MAIL: mail.webUrl.replace(/\/$/, '') },
      timeout: 60_000,
    }).catch((err: { code?: number; stdout?: string; stderr?: string }) => {
      throw new Error(`the walk-through failed (exit ${err.code}):\n${err.stderr}\n${err.stdout}`);
    });
    const steps = run.stderr.split('\n').filter((line) => line.startsWith('STATUS '));
    const statuses = steps.map((line) => Number(line.split(' ')[1]));
    expect(statuses, `${steps.join('\n')}\n${run.stderr}`).toEqual(expected);
    // The values the later steps depend on were really extracted (jq -r prints "null" otherwise).
    expect(run.stdout).not.toMatch(/Bearer null|products\/null/);
    expect(run.stdout).toContain('"email": "reader-');
  }, 90_000);
});
