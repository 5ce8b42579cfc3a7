// Applies the committed migrations (prisma/migrations) to a database, creating the database if it
// does not exist yet: `prisma migrate deploy` through scripts/prisma.mjs, the same offline wrapper
// as `npm run prisma`, so it works without Prisma's binaries host.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WRAPPER = path.join('scripts', 'prisma.mjs');

/**
 * backend/, found by walking up from this file: it is src/lib/ under tsx and vitest, and
 * dist/src/lib/ after `tsc`; scripts/, prisma/ and prisma.config.ts stay in backend/ in both cases.
 */
function findBackendDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, WRAPPER)) && existsSync(path.join(dir, 'prisma.config.ts'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`Cannot find ${WRAPPER} and prisma.config.ts in any parent directory of ${fileURLToPath(import.meta.url)}`);
    }
    dir = parent;
  }
}

/**
 * Runs `prisma migrate deploy` against `databaseUrl` (passed to the child only, as DATABASE_URL).
 * Running it again when everything is applied is a no-op. Rejects with prisma's own output when
 * it fails (unreachable server, failed migration, ...).
 *
 * @param log receives prisma's output, line by line
 */
export async function applyMigrations(databaseUrl: string, log?: (msg: string) => void): Promise<void> {
  const backendDir = findBackendDir();
  const child = spawn(process.execPath, [path.join(backendDir, WRAPPER), 'migrate', 'deploy'], {
    cwd: backendDir,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const output: string[] = [];
  const errors: string[] = [];
  const collect = (stream: NodeJS.ReadableStream, into: string[]) => {
    let partial = '';
    const take = (line: string) => {
      into.push(line);
      if (line.trim()) log?.(line);
    };
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      lines.forEach(take);
    });
    stream.on('end', () => {
      if (partial) take(partial);
    });
  };
  collect(child.stdout, output);
  collect(child.stderr, errors);

  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  if (exitCode !== 0) {
    const details = [...errors, ...output.slice(-20)].join('\n').trim();
    throw new Error(`prisma migrate deploy failed (exit code ${exitCode ?? 'none: killed by a signal'}):\n${details}`);
  }
}
