import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backendRoot } from './paths.js';

/** The backend's package version, reported by /health. */
export const version = (JSON.parse(readFileSync(join(backendRoot, 'package.json'), 'utf8')) as { version: string }).version;
