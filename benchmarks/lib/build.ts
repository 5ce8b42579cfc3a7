// The benchmark measures the compiled API (what production runs): rebuild it when a source file is
// newer than the build.
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BACKEND_DIR } from './paths.js';

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/** Returns a warning for the report when the build was not clean. */
export async function ensureBuilt(log: (msg: string) => void): Promise<string | null> {
  const built = await stat(join(BACKEND_DIR, 'dist', 'src', 'server.js')).then((s) => s.mtimeMs, () => 0);
  if (built > (await newestMtime(join(BACKEND_DIR, 'src')))) return null;
  log('building the backend (tsc -p tsconfig.build.json)');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: BACKEND_DIR, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', resolve);
  });
  // tsc still emits JavaScript when it finds type errors (exit 2): measure that, but say so.
  if (code === 2) return `the backend had type errors when this ran (tsc exit 2); its emitted JavaScript was measured`;
  if (code !== 0) throw new Error(`the backend build failed (tsc exit ${code})`);
  return null;
}
