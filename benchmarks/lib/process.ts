// The Node children of the benchmark (API instances, the baseline server): started on Node 24 (this
// process's binary), waited for, and never left behind; they are stopped with the development stack's stopProcess.
import { spawn, type ChildProcess } from 'node:child_process';
import { open } from 'node:fs/promises';
import { BACKEND_DIR } from './paths.js';

/** A Node 24 child (this process's own binary), ready once its port answers /health or any GET. */
export async function startNode(args: string[], env: Record<string, string>, logFile: string | null): Promise<ChildProcess> {
  const out = logFile ? await open(logFile, 'a') : null;
  const child = spawn(process.execPath, args, {
    cwd: BACKEND_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', out ? out.fd : 'ignore', out ? out.fd : 'inherit'],
  });
  await out?.close();
  const port = Number(env.PORT ?? args[1]);
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${args.at(-1)} exited during startup (code ${code})${logFile ? `; see ${logFile}` : ''}`))),
  );
  exited.catch(() => {});
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (up) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${args.at(-1)} did not answer on port ${port} within 60 s`);
    }
    await Promise.race([new Promise((r) => setTimeout(r, 200)), exited]);
  }
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  return child;
}
