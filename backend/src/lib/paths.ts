import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The backend runs from src/ (tsx, vitest) and from dist/src/ (compiled), so paths are found by
// walking up to the folder that holds prisma/schema.prisma rather than by a fixed "../..".
function findBackendRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'prisma', 'schema.prisma'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the backend folder above ${start}`);
    dir = parent;
  }
  return dir;
}

export const backendRoot = findBackendRoot(dirname(fileURLToPath(import.meta.url)));
export const projectRoot = dirname(backendRoot);
