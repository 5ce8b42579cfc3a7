import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { killPostmastersNow } from '../../src/postgres/kill-postmasters.js';

// One temp folder per test file, removed after it; killPostmastersNow also stops any PostgreSQL a
// failed test left running in it.
let root: string | null = null;

afterAll(() => {
  if (root) killPostmastersNow(root);
  root = null;
});

/** A fresh folder the PostgreSQL server user can enter (as root it runs as postgres). */
export async function makeTestTempDir(prefix: string): Promise<string> {
  root ??= await mkdtemp(join(tmpdir(), 'shelfwise-devstack-test-'));
  await chmod(root, 0o755);
  const dir = await mkdtemp(join(root, `${prefix}-`));
  await chmod(dir, 0o755);
  return dir;
}
