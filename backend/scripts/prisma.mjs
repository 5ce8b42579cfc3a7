#!/usr/bin/env node
// Runs the installed Prisma CLI (`npm run prisma -w backend -- <args>`), offline: unless the caller
// already chose an engine, PRISMA_SCHEMA_ENGINE_BINARY points at the stand-in in ./prisma-engine,
// so Prisma never tries to download its native schema engine. Paths in <args> are relative to
// backend/, where this always runs so that prisma.config.ts is found.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const scriptsDir = path.dirname(fileURLToPath(import.meta.url));
const backendDir = path.dirname(scriptsDir);
const require = createRequire(import.meta.url);
const prismaCli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || path.join(scriptsDir, 'prisma-engine', 'schema-engine.mjs'),
  // The stand-in starts with `#!/usr/bin/env node`: make that the same Node that runs this script.
  PATH: [path.dirname(process.execPath), process.env.PATH].filter(Boolean).join(path.delimiter),
  // No "update available" check: it needs the network and only delays every command.
  PRISMA_HIDE_UPDATE_MESSAGE: process.env.PRISMA_HIDE_UPDATE_MESSAGE ?? '1',
};

const child = spawn(process.execPath, [prismaCli, ...process.argv.slice(2)], { cwd: backendDir, env, stdio: 'inherit' });
// Ctrl-C reaches the CLI too (same process group); just don't die before it does.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`Could not start the Prisma CLI (${prismaCli}): ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (signalNumbers[signal] ?? 1) : 1)));

const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
