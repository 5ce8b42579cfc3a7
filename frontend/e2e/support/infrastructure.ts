import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDatabase, withPgClient } from '@shelfwise/devstack';
import { build } from 'vite';

const frontendDir = fileURLToPath(new URL('../../', import.meta.url));

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
