import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../src/modules/docs/index.js';

const exec = promisify(execFile);
const redoclyPkg = createRequire(import.meta.url).resolve('@redocly/cli/package.json');
const redocly = join(dirname(redoclyPkg), 'bin', 'cli.js');

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: Array<{ ruleId: string; severity: string; message: string; location: Array<{ pointer: string }> }>;
}

// The probes answer 200 or 503 and nothing else: they have no client error to document, which is
// the one thing the recommended ruleset warns about. The Event schema is the `data:` of each message
// of the events stream, a text/event-stream answer whose string schema OpenAPI 3.1 gives no way to
// point at it from (3.2's itemSchema would); it is there for clients (the SPA's generated types), and
// events-stream.test.ts checks every event received against it.
const accepted = (p: LintReport['problems'][number]) =>
  (p.ruleId === 'operation-4xx-response' && p.location.every((l) => l.pointer.startsWith('#/paths/~1health')))
  || (p.ruleId === 'no-unused-components' && p.location.every((l) => l.pointer === '#/components/schemas/Event'));

describe('the OpenAPI document', () => {
  it('when linted by Redocly with its recommended rules, then it has no error and no unexplained warning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'openapi-lint-'));
    try {
      const file = join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(openApiDocument(), null, 2));
      // Offline: no telemetry, no update check. Exit code 1 means errors; the JSON says which.
      const { stdout } = await exec(process.execPath, [redocly, 'lint', file, '--format=json'], {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
      const report = JSON.parse(stdout) as LintReport;
      const unexplained = report.problems.filter((p) => !accepted(p)).map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
      expect(report.totals.errors).toBe(0);
      expect(unexplained).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
