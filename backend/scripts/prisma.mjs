#!/usr/bin/env node
// Runs the installed Prisma CLI (`npm run prisma -w backend -- <args>`; `npm run migrate -w backend`
// is `migrate deploy`). This is the one place that decides which schema engine the CLI runs:
//   1. PRISMA_SCHEMA_ENGINE_BINARY, when the caller set it;
//   2. Prisma's native engine, when @prisma/engines has downloaded one (a machine with access to
//      Prisma's binaries host, e.g. a Docker build that allows the download);
//   3. otherwise the offline route of the development stack (tools/devstack/prisma-engine), which
//      runs the same engine compiled to WebAssembly, so nothing is downloaded.
// Paths in <args> are relative to backend/, where this always runs so that prisma.config.ts is found.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const backendDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const prismaCli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');

function nativeEngine() {
  try {
    // @prisma/engines is the CLI's own dependency: look where the CLI looks.
    const fromPrisma = createRequire(require.resolve('prisma/package.json'));
    const enginesDir = path.dirname(fromPrisma.resolve('@prisma/engines/package.json'));
    const file = readdirSync(enginesDir).find((name) => name.startsWith('schema-engine-'));
    return file ? path.join(enginesDir, file) : null;
  } catch {
    return null;
  }
}

function offlineEngine() {
  try {
    return require.resolve('@shelfwise/devstack/prisma-engine');
  } catch {
    return null;
  }
}

/** The schema engine the CLI is to run; null leaves the choice to the CLI (`generate` needs none). */
function chooseEngine() {
  return process.env.PRISMA_SCHEMA_ENGINE_BINARY || nativeEngine() || offlineEngine();
}

const engine = chooseEngine();
const args = process.argv.slice(2);
if (!engine && args[0] === 'migrate') {
  console.error(
    'No Prisma schema engine: neither a native one (@prisma/engines downloads it when its install script may run) ' +
      'nor the offline route of the development stack (npm install at the repository root installs tools/devstack).',
  );
  process.exit(1);
}

const env = {
  ...process.env,
  ...(engine ? { PRISMA_SCHEMA_ENGINE_BINARY: engine } : {}),
  // The offline engine starts with `#!/usr/bin/env node`: make that the same Node that runs this script.
  PATH: [path.dirname(process.execPath), process.env.PATH].filter(Boolean).join(path.delimiter),
  // No "update available" check: it needs the network and only delays every command.
  PRISMA_HIDE_UPDATE_MESSAGE: process.env.PRISMA_HIDE_UPDATE_MESSAGE ?? '1',
};

const child = spawn(process.execPath, [prismaCli, ...args], { cwd: backendDir, env, stdio: 'inherit' });
// Ctrl-C reaches the CLI too (same process group); just don't die before it does.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`Could not start the Prisma CLI (${prismaCli}): ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (signalNumbers[signal] ?? 1) : 1)));

const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
