import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { uniqueEmail } from './auth-support.js';
import { bearer, createProduct, expectProblem, patchProduct, productInput, registerUser, uniqueSku } from './products-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const BELL = 'ring\u0007ring';
const ESCAPE = 'red\u001b[31m';
const DEL = 'rub\u007fout';
const C1 = 'next\u0085line';
const LONE_HIGH = 'half\ud800';
const LONE_LOW = '\udc00half';

describe('text fields refuse control characters and lone surrogates', () => {
  it.each([
    ['name', BELL, 'text.control'],
    ['name', ESCAPE, 'text.control'],
    ['name', DEL, 'text.control'],
    ['name', C1, 'text.control'],
    ['name', 'two\nlines', 'text.control'],
    ['name', LONE_HIGH, 'text.notWellFormed'],
    ['name', LONE_LOW, 'text.notWellFormed'],
    ['description', BELL, 'text.controlMultiLine'],
    ['description', '\u0000', 'text.controlMultiLine'],
    ['description', LONE_HIGH, 'text.notWellFormed'],
  ])('when a product %s is %j, then 400 naming the field (%s) and nothing is stored', async (field, value, code) => {
    const user = await registerUser(t.app);
    const sku = uniqueSku();

    const res = await request(t.app).post('/api/v1/products').set(bearer(user.accessToken)).send(productInput({ sku, [field]: value }));

    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([expect.objectContaining({ in: 'body', field, code })]);
    expect(await t.owner.prisma.product.count({ where: { sku } })).toBe(0);
  });

  it('when an update carries a control character, then 400 and the product keeps its old text and version', async () => {
    const user = await registerUser(t.app);
    const product = await createProduct(t.app, user.accessToken, { name: 'Plain name' });

    const res = await patchProduct(t.app, user.accessToken, product.id, { name: BELL, description: 'fine' });

    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'name', code: 'text.control' })]);
    const stored = await t.owner.prisma.product.findUniqueOrThrow({ where: { id: product.id } });
    expect({ name: stored.name, description: stored.description, version: stored.version }).toEqual({
      name: 'Plain name', description: product.description, version: product.version,
    });
  });

  it('when a description has tabs and line breaks, emoji, accents and CJK, then it is stored exactly', async () => {
    const user = await registerUser(t.app);
    const description = 'Line one\r\nLine two\tTabbed 😀 café 茶壺';

    const product = await createProduct(t.app, user.accessToken, { name: 'Teapot 🫖 Ünïcode 茶', description });

    expect(product.name).toBe('Teapot 🫖 Ünïcode 茶');
    const stored = await t.owner.prisma.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(stored.description).toBe(description);
  });

  // A URL cannot carry a lone surrogate (percent-encoding is UTF-8), so only controls apply here.
  it.each([
    [BELL, 'text.control'],
    [ESCAPE, 'text.control'],
  ])('when a search query is %j, then 400 naming q (%s)', async (q, code) => {
    const res = await request(t.app).get('/api/v1/products').query({ q });

    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([expect.objectContaining({ in: 'query', field: 'q', code })]);
  });

  it.each([
    ['name', BELL, 'text.control'],
    ['name', LONE_HIGH, 'text.notWellFormed'],
    ['password', `long enough ${LONE_HIGH} pass`, 'text.notWellFormed'],
  ])('when a registration %s is %j, then 400 naming it (%s) and no account exists', async (field, value, code) => {
    const email = uniqueEmail();
    const body = { email, password: 'a perfectly fine passphrase', name: 'Ada', [field]: value };

    const res = await request(t.app).post('/api/v1/auth/register').send(body);

    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([expect.objectContaining({ field, code })]);
    expect(await t.db.prisma.user.count({ where: { email } })).toBe(0);
  });
});
