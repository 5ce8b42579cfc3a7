import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.js';
import { createProduct, getProduct, patchProduct, registerUser } from './products-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('one product, every spelling of its id', () => {
  it('when a product read by a braced or upper-case id is then changed, then every spelling answers the change at once', async () => {
    const user = await registerUser(t.app);
    const product = await createProduct(t.app, user.accessToken, { status: 'active', stock: 1 });
    const spellings = [`{${product.id}}`, product.id.toUpperCase(), product.id.replace(/-/g, ''), `(${product.id.replace(/-/g, ':')})`];
    for (const id of spellings) expect((await getProduct(t.app, id)).status).toBe(200); // cached now, if per spelling

    const etag = (await getProduct(t.app, product.id)).headers.etag as string;
    expect((await patchProduct(t.app, user.accessToken, product.id, { stock: 2 }, etag)).status).toBe(200);

    for (const id of spellings) {
      const res = await getProduct(t.app, id);
      expect(res.status, id).toBe(200);
      expect({ id, stock: res.body.stock, version: res.body.version }).toEqual({ id, stock: 2, version: product.version + 1 });
    }
  });
});
