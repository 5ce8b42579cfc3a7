import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("the API's database sessions", () => {
  it('when the API queries, then JIT compilation is off for its session (lib/db.ts says why)', async () => {
    const [row] = await t.db.prisma.$queryRaw<{ jit: string }[]>`SHOW jit`;
    expect(row?.jit).toBe('off');
  });
});
