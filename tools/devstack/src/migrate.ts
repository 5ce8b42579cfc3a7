// Applies the committed migrations to a database through the backend's own migration command,
// `npm run migrate -w backend` (backend/scripts/prisma.mjs migrate deploy, which also decides
// between Prisma's native engine and this stack's offline one). Running it again is a no-op.
import { spawn } from 'node:child_process';
import { repoRoot } from './paths.js';

/**
 * Rejects with the command's own output when it fails (unreachable server, failed migration, ...).
 *
 * @param log receives the command's output, line by line
 */
export async function applyMigrations(databaseUrl: string, log?: (msg: string) => void): Promise<void> {
  // Under npm (npm start, npm test) npm_execpath is the running npm's CLI: the same npm, on the same
  // Node, whatever else is on the PATH.
  const npm = process.env.npm_execpath;
  const [file, args] = npm && /\.[cm]?js$/.test(npm)
    ? [process.execPath, [npm, 'run', '--silent', 'migrate', '-w', 'backend']]
    : ['npm', ['run', '--silent', 'migrate', '-w', 'backend']];
  const child = spawn(file, args, {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const lines: string[] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let partial = '';
    const take = (line: string) => {
      lines.push(line);
      if (line.trim()) log?.(line);
    };
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      parts.forEach(take);
    });
    stream.on('end', () => {
      if (partial) take(partial);
    });
  };
  collect(child.stdout);
  collect(child.stderr);

  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  if (exitCode !== 0) {
    throw new Error(`npm run migrate -w backend failed (exit code ${exitCode ?? 'none: killed by a signal'}):\n${lines.slice(-40).join('\n').trim()}`);
  }
}
