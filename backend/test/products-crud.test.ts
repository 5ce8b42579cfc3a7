import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import {
  bearer, createAdmin, createProduct, dbProduct, deleteProduct, expectProblem, getProduct, patchProduct, personalWorkspaceId, productInput, registerUser,
  uniqueSku,
} from './products-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { DEFAULT_CURRENCY: 'EUR' } });
});
afterAll(() => t.close());

const post = (token: string, body: object) => request(t.app).post('/api/v1/products').set(bearer(token)).send(body);

describe('POST /products', () => {
  it('when a signed-in user creates a product, then 201 with Location, a strong ETag, the caller as owner in their personal workspace and the default currency', async () => {
    const user = await registerUser(t.app);
    const workspaceId = await personalWorkspaceId(t, user.userId);

    const res = await post(user.accessToken, { name: '  Oak board ', sku: 'OAK-1', price: 19.9 });

    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.location).toBe(`/api/v1/products/${res.body.id}`);
    expect(res.headers.etag).toMatch(/^"1-[A-Za-z0-9_-]+"$/);
    expect(res.body).toMatchObject({
      workspaceId, ownerId: user.userId, name: 'Oak board', description: '', sku: 'OAK-1', price: '19.90', currency: 'EUR', stock: 0, status: 'draft', version: 1,
    });
    expect(Object.keys(res.body).sort()).toEqual(
      [
        'categoryIds', 'createdAt', 'currency', 'description', 'id', 'images', 'lowStockThreshold', 'name', 'ownerId', 'price', 'purgeAt', 'sku', 'status', 'stock', 'stockState',
        'tags', 'trashedAt', 'updatedAt', 'version', 'workspaceId',
      ],
    );
    const stored = await dbProduct(t, res.body.id);
    expect(stored?.price.toFixed(2)).toBe('19.90');
    expect(stored?.ownerId).toBe(user.userId);
    expect(stored?.workspaceId).toBe(workspaceId);
  });

  it('when anonymous, then 401 and nothing is created', async () => {
    const sku = uniqueSku();
    expectProblem(await request(t.app).post('/api/v1/products').send(productInput({ sku })), 401, 'unauthorized');
    expect(await t.owner.prisma.product.count({ where: { sku } })).toBe(0);
  });

  it.each([
    ['price', '1.234', 'price.precision'],
    ['price', -1, 'price.min'],
    ['price', '-0.50', 'price.min'],
    ['price', 'abc', 'price.base'],
    ['price', 1e21, 'price.base'],
    ['price', '12345678901.00', 'price.max'],
    ['price', null, 'price.base'],
    ['stock', -1, 'number.min'],
    ['stock', 1.5, 'number.integer'],
    ['stock', 2 ** 31, 'number.max'],
    ['name', 'x'.repeat(201), 'string.max'],
    ['name', '   ', 'string.empty'],
    ['name', 'nul\u0000byte', 'text.control'],
    ['description', 'x'.repeat(5_001), 'string.max'],
    ['sku', 'has space', 'string.pattern.base'],
    ['sku', 'x'.repeat(65), 'string.max'],
    ['currency', 'XYZ', 'currency.iso4217'],
    ['currency', 'EURO', 'currency.iso4217'],
    ['status', 'deleted', 'any.only'],
  ])('when %s is %j, then 400 naming that field (%s)', async (field, value, code) => {
    const user = await registerUser(t.app);
    const res = await post(user.accessToken, productInput({ [field]: value }));
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors).toEqual([expect.objectContaining({ in: 'body', field, code })]);
  });

  it('when required fields are missing, then each is named', async () => {
    const user = await registerUser(t.app);
    const res = await post(user.accessToken, {});
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'price', 'sku']);
  });

  it('when the body has unknown and server-owned fields, then 400 names every one of them and nothing is created', async () => {
    const user = await registerUser(t.app);
    const sku = uniqueSku();
    const body = productInput({ sku, color: 'red', id: '00000000-0000-7000-8000-000000000000', ownerId: user.userId, version: 9, createdAt: 'x', updatedAt: 'y' });

    const res = await post(user.accessToken, body);

    expectProblem(res, 400, 'validation_failed');
    const byField = Object.fromEntries(res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(Object.keys(byField).sort()).toEqual(['color', 'createdAt', 'id', 'ownerId', 'updatedAt', 'version']);
    expect(byField.color).toBe('"color" is not allowed');
    expect(byField.ownerId).toBe('"ownerId" is set by the server and cannot be written');
    expect(await t.owner.prisma.product.count({ where: { sku } })).toBe(0);
  });

  it('when a currency is lower case, then it is stored upper case', async () => {
    const user = await registerUser(t.app);
    expect((await createProduct(t.app, user.accessToken, { currency: 'jpy' })).currency).toBe('JPY');
  });

  it('when the owner already has the sku, then 409 duplicate_sku; another owner may use it', async () => {
    const [a, b] = await Promise.all([registerUser(t.app), registerUser(t.app)]);
    const sku = uniqueSku();
    await createProduct(t.app, a.accessToken, { sku });

    expectProblem(await post(a.accessToken, productInput({ sku })), 409, 'duplicate_sku');
    await createProduct(t.app, b.accessToken, { sku });
    expect(await t.owner.prisma.product.count({ where: { sku } })).toBe(2);
  });
});

describe('GET /products/:id', () => {
  it('when the product is active, then anyone gets it with an ETag', async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken, { status: 'active' });

    const res = await getProduct(t.app, product.id);

    expect(res.status).toBe(200);
    expect(res.body).toEqual(product);
    expect(res.headers.etag).toMatch(/^"1-/);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });

  it("when the product is another user's draft, then 404 exactly as for a missing id; owner and admin see it", async () => {
    const [owner, other, admin] = await Promise.all([registerUser(t.app), registerUser(t.app), createAdmin(t)]);
    const draft = await createProduct(t.app, owner.accessToken, { status: 'draft' });

    const anonymous = await getProduct(t.app, draft.id);
    const stranger = await getProduct(t.app, draft.id, other.accessToken);
    const missing = await getProduct(t.app, '01900000-0000-7000-8000-000000000000', other.accessToken);

    expectProblem(anonymous, 404, 'product_not_found');
    expectProblem(stranger, 404, 'product_not_found');
    expect(stranger.body.detail).toBe(missing.body.detail);
    expect((await getProduct(t.app, draft.id, owner.accessToken)).status).toBe(200);
    expect((await getProduct(t.app, draft.id, admin.accessToken)).status).toBe(200);
  });

  it.each(['not-a-uuid', '1', "1' OR '1'='1", '01900000-0000-7000-8000-00000000000g'])('when the id is %j, then 404, not 500', async (id) => {
    expectProblem(await getProduct(t.app, encodeURIComponent(id)), 404, 'product_not_found');
  });
});

describe('PATCH /products/:id', () => {
  it('when the owner changes some fields, then 200 with only those changed, the version incremented and a new ETag', async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken, { price: '10.00', stock: 3 });

    const res = await patchProduct(t.app, owner.accessToken, product.id, { price: '12.5', name: 'Renamed' });

    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ ...product, price: '12.50', name: 'Renamed', version: 2, updatedAt: expect.any(String) });
    expect(res.headers.etag).toMatch(/^"2-/);
    expect(new Date(res.body.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(product.updatedAt).getTime());
    expect((await dbProduct(t, product.id))?.version).toBe(2);
  });

  it('when the body is empty, has an unknown field or a server-owned one, then 400 and nothing changes', async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken);

    expectProblem(await patchProduct(t.app, owner.accessToken, product.id, {}), 400, 'validation_failed');
    const res = await patchProduct(t.app, owner.accessToken, product.id, { version: 7, ownerId: owner.userId, colour: 'red' });
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'ownerId', 'version']);
    expect((await dbProduct(t, product.id))?.version).toBe(1);
  });

  it('when the new sku is one the owner already uses, then 409 duplicate_sku', async () => {
    const owner = await registerUser(t.app);
    const first = await createProduct(t.app, owner.accessToken);
    const second = await createProduct(t.app, owner.accessToken);
    expectProblem(await patchProduct(t.app, owner.accessToken, second.id, { sku: first.sku }), 409, 'duplicate_sku');
  });

  it("when another user patches an active product, then 403; a draft, then 404; and the row is unchanged either way", async () => {
    const [owner, attacker] = await Promise.all([registerUser(t.app), registerUser(t.app)]);
    const active = await createProduct(t.app, owner.accessToken, { status: 'active', price: '5.00' });
    const draft = await createProduct(t.app, owner.accessToken, { status: 'draft', price: '5.00' });

    expectProblem(await patchProduct(t.app, attacker.accessToken, active.id, { price: '0.01' }), 403, 'not_product_owner');
    expectProblem(await patchProduct(t.app, attacker.accessToken, draft.id, { price: '0.01' }), 404, 'product_not_found');

    for (const p of [active, draft]) {
      const stored = await dbProduct(t, p.id);
      expect(stored?.price.toFixed(2)).toBe('5.00');
      expect(stored?.version).toBe(1);
      expect(stored?.ownerId).toBe(owner.userId);
    }
  });

  it("when an admin patches someone's product, then 200", async () => {
    const [owner, admin] = await Promise.all([registerUser(t.app), createAdmin(t)]);
    const product = await createProduct(t.app, owner.accessToken, { status: 'draft' });
    const res = await patchProduct(t.app, admin.accessToken, product.id, { status: 'archived' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'archived', ownerId: owner.userId, version: 2 });
  });
});

describe('DELETE /products/:id', () => {
  it('when the owner deletes, then 204 and the product is in the trash: public no more, its owner still sees it; deleting again changes nothing', async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken, { status: 'active' });

    const res = await deleteProduct(t.app, owner.accessToken, product.id);

    expect(res.status).toBe(204);
    expect((await dbProduct(t, product.id))?.trashedAt).toBeInstanceOf(Date);
    expectProblem(await getProduct(t.app, product.id), 404, 'product_not_found');
    const own = await getProduct(t.app, product.id, owner.accessToken);
    expect(own.body).toMatchObject({ id: product.id, version: 2, trashedAt: expect.any(String), purgeAt: expect.any(String) });
    expect(Date.parse(own.body.purgeAt) - Date.parse(own.body.trashedAt)).toBe(30 * 86_400_000);
    expect((await deleteProduct(t.app, owner.accessToken, product.id)).status).toBe(204);
    expect((await dbProduct(t, product.id))?.version).toBe(2);
  });

  it("when another user deletes an active product, then 403; a draft, then 404; both still exist", async () => {
    const [owner, attacker] = await Promise.all([registerUser(t.app), registerUser(t.app)]);
    const active = await createProduct(t.app, owner.accessToken, { status: 'active' });
    const draft = await createProduct(t.app, owner.accessToken, { status: 'draft' });

    expectProblem(await deleteProduct(t.app, attacker.accessToken, active.id), 403, 'not_product_owner');
    expectProblem(await deleteProduct(t.app, attacker.accessToken, draft.id), 404, 'product_not_found');

    expect(await dbProduct(t, active.id)).not.toBeNull();
    expect(await dbProduct(t, draft.id)).not.toBeNull();
  });

  it('when an admin deletes, then 204 and the product is in the trash; with permanent=true, then it is gone', async () => {
    const [owner, admin] = await Promise.all([registerUser(t.app), createAdmin(t)]);
    const product = await createProduct(t.app, owner.accessToken);
    expect((await deleteProduct(t.app, admin.accessToken, product.id)).status).toBe(204);
    expect((await dbProduct(t, product.id))?.trashedAt).toBeInstanceOf(Date);
    expect((await request(t.app).delete(`/api/v1/products/${product.id}?permanent=true`).set(bearer(admin.accessToken))).status).toBe(204);
    expect(await dbProduct(t, product.id)).toBeNull();
  });

  it('when anonymous, then 401', async () => {
    const owner = await registerUser(t.app);
    const product = await createProduct(t.app, owner.accessToken);
    expectProblem(await request(t.app).delete(`/api/v1/products/${product.id}`), 401, 'unauthorized');
  });
});
