import { execFile } from 'node:child_process';
import { startMailCatcher, type MailCatcher } from '@shelfwise/devstack';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/lib/paths.js';
import { startLiveServer, type LiveServer } from './openapi-support.js';

const exec = promisify(execFile);

/** The bash block between the `name` markers of README.md (walkthrough, walkthrough-workspaces), exactly as a reader copies it. */
async function walkthrough(name: string): Promise<string> {
  const readme = await readFile(join(projectRoot, 'README.md'), 'utf8');
  const block = new RegExp(`<!-- ${name}:start -->\\s*\`\`\`bash\\n([\\s\\S]*?)\`\`\`\\s*<!-- ${name}:end -->`).exec(readme)?.[1];
  if (!block) throw new Error(`README.md has no \`\`\`bash block between <!-- ${name}:start --> and <!-- ${name}:end -->`);
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

/** Runs the block with bash against the live server; every curl's status, in order, and the output. */
async function run(block: string) {
  const expected = [...block.matchAll(/^# .*→ (\d{3})\b/gm)].map((m) => Number(m[1]));
  const result = await exec('bash', ['-c', PREAMBLE + block], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', API: server.url, MAIL: mail.webUrl.replace(/\/$/, '') },
    timeout: 60_000,
  }).catch((err: { code?: number; stdout?: string; stderr?: string }) => {
    throw new Error(`the walk-through failed (exit ${err.code}):\n${err.stderr}\n${err.stdout}`);
  });
  const steps = result.stderr.split('\n').filter((line) => line.startsWith('STATUS '));
  return { expected, steps, statuses: steps.map((line) => Number(line.split(' ')[1])), ...result };
}

describe('the README curl walk-throughs', () => {
  it('when the first is run verbatim with bash against a live server, then every step answers the status its comment states', async () => {
    const block = await walkthrough('walkthrough');
    expect(block).toContain('API=${API:-http://localhost:5000}');
    expect(block).toContain('MAIL=${MAIL:-http://127.0.0.1:1080}');

    const { expected, steps, statuses, stdout, stderr } = await run(block);
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(statuses, `${steps.join('\n')}\n${stderr}`).toEqual(expected);
    // The values the later steps depend on were really extracted (jq -r prints "null" otherwise).
    expect(stdout).not.toMatch(/Bearer null|products\/null/);
    expect(stdout).toContain('"email": "reader-');
    // The forgiving search (step 12) found the lamp through a typo and a plural; the filter (14) too.
    expect(stdout).toMatch(/"names": \[\s*"Desk lamp"\s*\],\s*"total": \{\s*"count": 1,/);
    expect(stdout).toMatch(/"tags": \[\s*"desk",\s*"lighting"\s*\],\s*"stockState": "low"/);
    // The picture (steps 15-16) was stored and is served as an immutable WebP.
    expect(stdout).toMatch(/content-type: image\/webp/i);
    expect(stdout).toMatch(/cache-control: public, max-age=31536000, immutable/i);
  }, 90_000);

  it('when the second (a member joins by invitation and edits) is run the same way, then every step answers the status its comment states', async () => {
    const block = await walkthrough('walkthrough-workspaces');
    expect(block).toContain('API=${API:-http://localhost:5000}');
    expect(block).toContain('MAIL=${MAIL:-http://127.0.0.1:1080}');

    const { expected, steps, statuses, stdout, stderr } = await run(block);
    expect(expected.length).toBeGreaterThanOrEqual(15);
    expect(statuses, `${steps.join('\n')}\n${stderr}`).toEqual(expected);
    expect(`${stdout}\n${stderr}`).not.toMatch(/Bearer null|\/null(\/|\?| |$)/m);
    // The editor's change went through, and the same person as a viewer was refused.
    expect(stdout).toMatch(/"stock": 36/);
    expect(stdout).toContain('"code": "insufficient_workspace_role"');
  }, 90_000);
});
