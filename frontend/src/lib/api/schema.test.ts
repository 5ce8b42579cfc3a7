import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, readOpenApiDocument, REGENERATE_COMMAND, SCHEMA_FILE } from './generate';

const tinyDocument = (description: string) =>
  JSON.stringify({
    openapi: '3.1.0',
    info: { title: 'tiny', version: '1' },
    paths: {},
    components: {
      schemas: {
        Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string', description } } },
      },
    },
  });

describe('API types generated from the OpenAPI document', () => {
  it('when the same document is generated twice, then the bytes are the same and the header names the command', async () => {
    const first = await generateApiTypes(tinyDocument('The id.'));

    expect(await generateApiTypes(tinyDocument('The id.'))).toBe(first);
    expect(first.startsWith('/**\n * Generated')).toBe(true);
    expect(first).toContain(REGENERATE_COMMAND);
    expect(first).toContain('/** @description The id. */\n            id: string;');
  });

  it('when a description in the document changes, then the generated file changes', async () => {
    expect(await generateApiTypes(tinyDocument('Another.'))).not.toBe(await generateApiTypes(tinyDocument('The id.')));
  });

  // Spawns the backend's `openapi` script (a tsx process), hence the long timeout.
  it('when the types are generated from the backend OpenAPI document now, then they equal the committed schema.d.ts', { timeout: 60_000 }, async () => {
    const current = await generateApiTypes(readOpenApiDocument());

    const committed = readFileSync(SCHEMA_FILE, 'utf8');

    expect(committed, `frontend/src/lib/api/schema.d.ts is stale: run \`${REGENERATE_COMMAND}\` and commit it`).toBe(current);
  });
});
