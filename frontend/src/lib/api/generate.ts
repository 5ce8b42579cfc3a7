/// <reference types="node" />
// npm run api-types -w frontend: writes schema.d.ts from the backend's OpenAPI document. Node runs
// this file as it is (type stripping), so it holds only erasable TypeScript and no relative imports.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const REGENERATE_COMMAND = 'npm run api-types -w frontend';
// Paths from strings, not `new URL(…, import.meta.url)`: under jsdom (the unit tests) URL is jsdom's.
const HERE = dirname(fileURLToPath(import.meta.url));
export const SCHEMA_FILE = join(HERE, 'schema.d.ts');
const REPO_ROOT = join(HERE, '../../../..');

const HEADER = `/**
 * Generated from the backend's OpenAPI document (npm run openapi -w backend) by openapi-typescript.
 * Do not edit: change the document, then run \`${REGENERATE_COMMAND}\`.
 * npm test fails while this file differs from what that command writes (schema.test.ts).
 */

`;

/** The document the server serves, through the backend's own script, whatever file it lives in. */
export function readOpenApiDocument(): string {
  return execFileSync('npm', ['run', '--silent', 'openapi', '-w', 'backend'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** The file's whole text: the same document gives the same bytes (no date, LF only, one final newline). */
export async function generateApiTypes(document: string): Promise<string> {
  // Parsed first so a script that printed anything but JSON fails here, not as a type error later.
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0], { silent: true });
  return `${HEADER}${astToString(ast).trimEnd()}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, await generateApiTypes(readOpenApiDocument()));
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
