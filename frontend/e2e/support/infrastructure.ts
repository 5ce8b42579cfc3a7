import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { build } from 'vite';

const frontendDir = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Promise.all that waits for every task before failing: a server that starts after a sibling
 * failed must still have registered its stop() before the teardown runs.
 */
export async function settled<T extends readonly unknown[]>(tasks: [...{ [K in keyof T]: Promise<T[K]> }]): Promise<T> {
  const results = await Promise.allSettled(tasks);
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** `vite build` of this workspace (its vite.config.ts) into `outDir`, without the type check of `npm run build`. */
export async function buildSpa(outDir: string): Promise<void> {
  await build({
    root: frontendDir,
    configFile: join(frontendDir, 'vite.config.ts'),
    // The app's own build warnings (chunk sizes) belong to `npm run build`, not to this output.
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
}

export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Synchronous (an 'exit' handler cannot wait): immediate PostgreSQL shutdown, then delete the folder. */
export function killPostmastersNow(dir: string): void {
  let entries: string[] = [];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((e) => e.endsWith('postmaster.pid'));
  } catch {
    // already removed
  }
  for (const entry of entries) {
    try {
      const pid = Number(readFileSync(join(dir, entry), 'utf8').split('\n')[0]);
      if (pid) process.kill(pid, 'SIGQUIT');
    } catch {
      // gone already
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
