import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { withDatabase, withPgClient } from '../../../backend/src/lib/embedded/pg-client.js';

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
  await withPgClient(adminUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
  return withDatabase(adminUrl, name);
}
