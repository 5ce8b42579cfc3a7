import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

// pg_ctl starts PostgreSQL detached from us, so a process that dies without its teardown leaves the
// server running. These are for its 'exit' handler, which cannot wait: synchronous, and SIGQUIT,
// PostgreSQL's immediate shutdown.

/** SIGQUIT to the postmaster that runs on dataDir, if one does. */
export function quitPostmasterNow(dataDir: string): void {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (pid > 0) process.kill(pid, 'SIGQUIT');
  } catch {
    // not running, or gone already
  }
}

/** SIGQUIT to every postmaster whose data dir lies under dir, then delete dir. */
export function killPostmastersNow(dir: string): void {
  let entries: string[] = [];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((e) => e.endsWith('postmaster.pid'));
  } catch {
    // already removed
  }
  for (const entry of entries) quitPostmasterNow(join(dir, dirname(entry)));
  rmSync(dir, { recursive: true, force: true });
}
