import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
const ROOT_DIR = dirname(BENCH_DIR);
export const BACKEND_DIR = join(ROOT_DIR, 'backend');
