import { spawn } from 'node:child_process';

export interface RunAs {
  uid: number;
  gid: number;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program (argument array, no shell) to completion and never throws for a non-zero exit:
 * callers decide what a failure means and word the error. ENOENT (program missing) does reject.
 * `as` drops to another user: PostgreSQL refuses to run as root.
 */
export async function run(
  file: string,
  args: readonly string[],
  options: { as?: RunAs | undefined; cwd?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      // A cwd the target user may be unable to enter (e.g. /root/...) makes initdb/pg_ctl warn.
      cwd: options.cwd ?? '/',
      ...(options.as ? { uid: options.as.uid, gid: options.as.gid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** True when `file` can be executed (spawn does not fail with ENOENT/EACCES). */
export async function canRun(file: string, args: readonly string[]): Promise<boolean> {
  try {
    await run(file, args);
    return true;
  } catch {
    return false;
  }
}
