// devstack run [--redis] [--mail] [--no-migrate] -- <command> [args...]
//
// Runs <command> on the development stack: DATABASE_URL (and REDIS_URL with --redis) point at the
// servers the environment names, or at private ones started here, migrated first; on the private
// PostgreSQL, DATABASE_URL is the API's login role (row-level security applies) and
// DATABASE_OWNER_URL the tables' owner (migrations, seeds); with --mail,
// SMTP_URL points at the environment's SMTP server or at a local mail catcher (mail-catcher.ts). When <command>
// exits, the private servers this process started are stopped and its exit code is ours.
// `npm start`, `npm run dev`, and the seed and admin commands run through it (package.json).
import { spawn } from 'node:child_process';
import { readStackSettings, startDevStack } from './stack.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function usage(message: string): never {
  console.error(`devstack: ${message}\nusage: devstack run [--redis] [--mail] [--no-migrate] -- <command> [args...]`);
  process.exit(2);
}

const argv = process.argv.slice(2);
if (argv[0] !== 'run') usage(argv[0] ? `unknown command "${argv[0]}"` : 'no command');
const separator = argv.indexOf('--');
if (separator === -1 || separator === argv.length - 1) usage('nothing to run after --');
const flags = argv.slice(1, separator);
const unknown = flags.filter((flag) => !['--redis', '--mail', '--no-migrate'].includes(flag));
if (unknown.length) usage(`unknown option ${unknown.join(' ')}`);
const [command, ...args] = argv.slice(separator + 1) as [string, ...string[]];

const log = (msg: string) => console.error(`devstack: ${msg}`);
// Until the command runs, a signal (Ctrl-C during the first initdb) stops what was started so far.
let interrupted: NodeJS.Signals | null = null;
const early = (signal: NodeJS.Signals) => (interrupted = signal);
for (const signal of SIGNALS) process.on(signal, early);

let stack;
try {
  stack = await startDevStack(readStackSettings(), { redis: flags.includes('--redis'), mail: flags.includes('--mail'), migrate: !flags.includes('--no-migrate'), log });
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
if (interrupted) {
  await stack.stop();
  process.exit(130);
}
for (const signal of SIGNALS) process.off(signal, early);

const child = spawn(command, args, {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: stack.databaseUrl,
    DATABASE_OWNER_URL: stack.ownerDatabaseUrl,
    ...(stack.redisUrl ? { REDIS_URL: stack.redisUrl } : {}),
    ...(stack.smtpUrl ? { SMTP_URL: stack.smtpUrl } : {}),
    // On a private stack (no DATABASE_URL given) everything runs on this machine, a webhook's test
    // receiver too: private targets are allowed unless the environment says otherwise. A deployment
    // that names its own database keeps the API's default, which refuses them.
    ...(!process.env.DATABASE_URL ? { WEBHOOK_ALLOW_PRIVATE_TARGETS: process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS ?? 'true' } : {}),
  },
});
// Ctrl-C reaches the command too (same process group); a signal sent to us alone is passed on. Either
// way we stay until the command has exited, then stop the servers.
for (const signal of SIGNALS) process.on(signal, () => child.kill(signal));
const code = await new Promise<number>((resolve) => {
  child.once('error', (error) => {
    log(`could not run ${command}: ${error.message}`);
    resolve(127);
  });
  child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal === 'SIGINT' ? 130 : 1)));
});
await stack.stop();
process.exit(code);
