import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload } from './products-import-support.js';
import { expectProblem, registerUser, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace } from './workspaces-support.js';

// IMPORT_MAX_BYTES: the largest upload, refused (413) as soon as it is known, with nothing kept.

const MAX = 2_048;
let t: TestApp;
let owner: Session;
let slug: string;
beforeAll(async () => {
  t = await createTestApp({ env: { IMPORT_MAX_BYTES: String(MAX) } });
  owner = await registerUser(t.app);
  slug = (await createWorkspace(t.app, owner)).slug;
});
afterAll(() => t.close());

/** A CSV of exactly `bytes` bytes. */
function csvOf(bytes: number): string {
  const head = 'sku,name,price\n';
  const lines: string[] = [];
  let size = head.length;
  for (let i = 0; size + 25 <= bytes; i++) {
    const line = `S-${String(i).padStart(6, '0')},Sized row,1.00\n`;
    lines.push(line);
    size += line.length;
  }
  const text = head + lines.join('');
  return text + 'x'.repeat(bytes - text.length - 1) + '\n';
}

const stored = () => t.owner.prisma.storedObject.count({ where: { key: { startsWith: 'imports/' } } });

describe('the size limit', () => {
  it('when the file is exactly IMPORT_MAX_BYTES, then it is accepted', async () => {
    const text = csvOf(MAX);
    expect(Buffer.byteLength(text)).toBe(MAX);
    const res = await upload(t.app, owner.accessToken, slug, text);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.upload.size).toBe(MAX);
  });

  it('when the file is one byte more, then it is 413 import_too_large (the limit in the problem) and nothing is stored', async () => {
    const before = await stored();
    const res = await upload(t.app, owner.accessToken, slug, csvOf(MAX + 1));
    expectProblem(res, 413, 'import_too_large');
    expect(res.body.maxBytes).toBe(MAX);
    expect(await stored()).toBe(before);
    expect(await t.owner.prisma.importUpload.count({ where: { size: { gt: MAX } } })).toBe(0);
  });

  it('when the declared length is far beyond the limit, then it is refused before the body is read, and the connection closed', async () => {
    const res = await upload(t.app, owner.accessToken, slug, csvOf(200_000)).catch((err: { response?: unknown }) => {
      // The server may close before the client finished sending: the answer was still the 413.
      if (err.response) return err.response as never;
      throw err;
    });
    expectProblem(res, 413, 'import_too_large');
    expect(res.headers.connection).toBe('close');
  });
});
