import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCategory, deleteCategory } from './categories-support.js';
import { contractClient, unexercised } from './openapi-support.js';
import { createKey, historyUser, storedVersions } from './product-history-support.js';
import { createAdmin, productInput, type ProductBody, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace, memberWithRole } from './workspaces-support.js';

// The history API: its pages, a version, a revert and who may use them. Every answer is checked
// against the OpenAPI document (contractClient), and the last test asserts each history operation
// was seen succeeding.

let t: TestApp;
let api: ReturnType<typeof contractClient>;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp();
  api = contractClient(t.app);
  owner = await historyUser(t, 'Vera Owner');
});
afterAll(() => t.close());

async function created(who: Session, overrides: Record<string, unknown> = {}, base = '/api/v1/products'): Promise<{ id: string; etag: string }> {
  const res = await api.call('post', base, { token: who.accessToken, body: productInput(overrides) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: (res.body as ProductBody).id, etag: res.headers.etag as string };
}

async function patched(who: Session, id: string, body: object, etag?: string): Promise<string> {
  const res = await api.call('patch', `/api/v1/products/${id}`, { token: who.accessToken, body, headers: etag ? { 'If-Match': etag } : {} });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.headers.etag as string;
}

describe('reading the history', () => {
  it('when a product has 25 versions, then pages of 10 walk them newest first, each once, and the last page has no cursor', async () => {
    const { id } = await created(owner, { stock: 0 });
    for (let stock = 1; stock < 25; stock++) await patched(owner, id, { stock });

    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=10&cursor=${encodeURIComponent(cursor)}` : '?limit=10';
      const res = await api.call('get', `/api/v1/products/${id}/history${query}`, { token: owner.accessToken });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('private, no-cache');
      seen.push(...(res.body.data as Array<{ version: number }>).map((e) => e.version));
      cursor = res.body.nextCursor as string | null;
      pages++;
    } while (cursor);

    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => 25 - i));
    const invalid = await api.call('get', `/api/v1/products/${id}/history?cursor=not-a-cursor`, { token: owner.accessToken });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('invalid_cursor');
  });

  it('when version N is asked for, then it is the product as it was right after N; an unknown one is 404 version_not_found', async () => {
    const { id, etag } = await created(owner, { name: 'Oak stool', price: '80', tags: ['wood'] });
    await patched(owner, id, { name: 'Oak bar stool', price: '95.5' }, etag);

    const first = await api.call('get', `/api/v1/products/${id}/versions/1`, { token: owner.accessToken });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      version: 1,
      at: expect.any(String) as unknown,
      product: expect.objectContaining({ name: 'Oak stool', price: '80.00', tags: ['wood'], images: [], trashedAt: null, status: 'active' }) as unknown,
    });
    const second = await api.call('get', `/api/v1/products/${id}/versions/2`, { token: owner.accessToken });
    expect(second.body.product).toMatchObject({ name: 'Oak bar stool', price: '95.50' });
    for (const version of ['3', '0', 'abc', '99999999999']) {
      const missing = await api.call('get', `/api/v1/products/${id}/versions/${version}`, { token: owner.accessToken });
      expect([missing.status, missing.body.code]).toEqual([404, 'version_not_found']);
    }
  });

  it('when a workspace\'s routes are used, then they answer for its products only', async () => {
    const team = await createWorkspace(t.app, owner);
    const base = `/api/v1/workspaces/${team.slug}/products`;
    const { id } = await created(owner, { status: 'draft' }, base);
    const page = await api.call('get', `${base}/${id}/history`, { token: owner.accessToken });
    expect(page.body.data).toHaveLength(1);
    expect((await api.call('get', `${base}/${id}/versions/1`, { token: owner.accessToken })).status).toBe(200);

    const elsewhere = await created(owner);
    const other = await api.call('get', `${base}/${elsewhere.id}/history`, { token: owner.accessToken });
    expect([other.status, other.body.code]).toEqual([404, 'product_not_found']);
  });
});

describe('who may read it', () => {
  it('when a non-member asks, even for an active (public) product, then it is 404 product_not_found; members of any role, admins and keys with products:read see it', async () => {
    const team = await createWorkspace(t.app, owner);
    const base = `/api/v1/workspaces/${team.slug}/products`;
    const { id } = await created(owner, { status: 'active' }, base);
    const stranger = await historyUser(t, 'Stan Stranger');
    const viewer = await memberWithRole(t.app, owner, team.slug, 'viewer');
    const admin = await createAdmin(t);
    const readKey = await createKey(t.app, viewer, 'read only', ['products:read']);

    for (const path of [`/api/v1/products/${id}/history`, `/api/v1/products/${id}/versions/1`]) {
      const refused = await api.call('get', path, { token: stranger.accessToken });
      expect([refused.status, refused.body.code]).toEqual([404, 'product_not_found']);
      expect((await api.call('get', path)).status).toBe(401);
      for (const token of [viewer.accessToken, admin.accessToken, readKey.key]) expect((await api.call('get', path, { token })).status).toBe(200);
    }
    const outsider = await api.call('get', `${base}/${id}/history`, { token: stranger.accessToken });
    expect([outsider.status, outsider.body.code]).toEqual([404, 'workspace_not_found']);
  });
});

describe('reverting', () => {
  it('when a revert comes without If-Match, then it is 428; with a stale one 412; neither writes anything', async () => {
    const { id, etag } = await created(owner, { price: '10' });
    const current = await patched(owner, id, { price: '12' }, etag);

    const without = await api.call('post', `/api/v1/products/${id}/revert`, { token: owner.accessToken, body: { version: 1 } });
    expect([without.status, without.body.code]).toEqual([428, 'precondition_required']);
    const stale = await api.call('post', `/api/v1/products/${id}/revert`, { token: owner.accessToken, body: { version: 1 }, headers: { 'If-Match': etag } });
    expect([stale.status, stale.body.code]).toEqual([412, 'precondition_failed']);
    expect(await storedVersions(t, id)).toHaveLength(2);

    const fresh = await api.call('post', `/api/v1/products/${id}/revert`, { token: owner.accessToken, body: { version: 1 }, headers: { 'If-Match': current } });
    expect(fresh.status).toBe(200);
    expect(fresh.headers['cache-control']).toBe('no-store');
    // The same body and ETag as a read now gives: the cached copy of version 2 was dropped.
    const read = await api.call('get', `/api/v1/products/${id}`);
    expect(read.body).toEqual(fresh.body);
    expect(read.headers.etag).toBe(fresh.headers.etag);
    expect(read.body).toMatchObject({ price: '10.00', version: 3 });
  });

  it('when the values are the current ones already, then a revert still writes a version, with no field changed', async () => {
    const { id, etag } = await created(owner);
    const res = await api.call('post', `/api/v1/products/${id}/revert`, { token: owner.accessToken, body: { version: 1 }, headers: { 'If-Match': etag } });
    expect(res.body.version).toBe(2);
    const page = await api.call('get', `/api/v1/products/${id}/history?limit=1`, { token: owner.accessToken });
    expect(page.body.data[0]).toMatchObject({ version: 2, change: 'revert', revertedTo: 1, changes: [] });
  });

  it('when a category of that version was deleted since, then the revert files the product under the others', async () => {
    const admin = await createAdmin(t);
    const [kept, doomed] = [await createCategory(t.app, admin), await createCategory(t.app, admin)];
    const { id, etag } = await created(owner, { categoryIds: [kept.id, doomed.id] });
    const current = await patched(owner, id, { categoryIds: [] }, etag);
    expect((await deleteCategory(t.app, admin, doomed.id)).status).toBe(204);

    const res = await api.call('post', `/api/v1/products/${id}/revert`, { token: owner.accessToken, body: { version: 1 }, headers: { 'If-Match': current } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.categoryIds).toEqual([kept.id]);
  });

  it('when the SKU of that version is taken now, the product is in the trash, or the version is unknown, then the revert is refused', async () => {
    const { id, etag } = await created(owner, { sku: 'HIST-SKU-1' + Date.now() });
    const original = (await storedVersions(t, id))[0]!.snapshot as { sku: string };
    const current = await patched(owner, id, { sku: `MOVED-${Date.now()}` }, etag);
    await created(owner, { sku: original.sku });
    const taken = await api.call('post', `/api/v1/products/${id}/revert`, { token: owner.accessToken, body: { version: 1 }, headers: { 'If-Match': current } });
    expect([taken.status, taken.body.code]).toEqual([409, 'duplicate_sku']);
    const unknown = await api.call('post', `/api/v1/products/${id}/revert`, { token: owner.accessToken, body: { version: 7 }, headers: { 'If-Match': current } });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'version_not_found']);

    expect((await api.call('delete', `/api/v1/products/${id}`, { token: owner.accessToken })).status).toBe(204);
    const trashed = await api.call('post', `/api/v1/products/${id}/revert`, { token: owner.accessToken, body: { version: 1 }, headers: { 'If-Match': '*' } });
    expect([trashed.status, trashed.body.code]).toEqual([409, 'product_in_trash']);
  });

  it('when a viewer, an outsider or a key without products:write reverts, then it is refused as PATCH would be', async () => {
    const team = await createWorkspace(t.app, owner);
    const base = `/api/v1/workspaces/${team.slug}/products`;
    const { id, etag } = await created(owner, { status: 'draft' }, base);
    const viewer = await memberWithRole(t.app, owner, team.slug, 'viewer');
    const stranger = await historyUser(t, 'Otto Outsider');
    const readKey = await createKey(t.app, owner, 'reader', ['products:read']);
    const revert = (token: string) => api.call('post', `${base}/${id}/revert`, { token, body: { version: 1 }, headers: { 'If-Match': etag } });

    expect((await revert(viewer.accessToken)).body.code).toBe('insufficient_workspace_role');
    expect((await revert(readKey.key)).body.code).toBe('insufficient_scope');
    expect((await revert(stranger.accessToken)).body.code).toBe('workspace_not_found');
    const direct = await api.call('post', `/api/v1/products/${id}/revert`, { token: stranger.accessToken, body: { version: 1 }, headers: { 'If-Match': etag } });
    expect([direct.status, direct.body.code]).toEqual([404, 'product_not_found']);
    expect((await revert(owner.accessToken)).status).toBe(200);
  });
});

describe('the table, for the API\'s database role', () => {
  /** One transaction as the API's role, in the owner's context; rolled back. */
  async function asApi<T>(settings: Record<string, string>, work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      for (const [name, value] of Object.entries(settings)) await client.query('SELECT set_config($1, $2, true)', [`shelfwise.${name}`, value]);
      return await work(client);
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
  }
  const denied = expect.objectContaining({ code: '42501', message: expect.stringMatching(/permission denied/) });

  it('when the app role tries to UPDATE, DELETE, INSERT or TRUNCATE versions, even in its own workspace, then PostgreSQL refuses', async () => {
    const { id } = await created(owner);
    const workspaceId = (await storedVersions(t, id))[0]!.workspaceId;
    const mine = { user_id: owner.userId, workspace_id: workspaceId };
    const attempt = (sql: string) => asApi(mine, (c) => c.query(sql, sql.includes('$1') ? [id] : [])).catch((e: unknown) => e);

    expect(await attempt(`UPDATE "ProductVersion" SET "changes" = '[]' WHERE "productId" = $1`)).toEqual(denied);
    expect(await attempt(`DELETE FROM "ProductVersion" WHERE "productId" = $1`)).toEqual(denied);
    expect(await attempt(`INSERT INTO "ProductVersion" ("productId", "version", "workspaceId", "change", "snapshot", "changes") SELECT "productId", 99, "workspaceId", 'update', '{}', '[]' FROM "ProductVersion" WHERE "productId" = $1`)).toEqual(denied);
    expect(await attempt('TRUNCATE "ProductVersion"')).toEqual(denied);
    expect(await storedVersions(t, id)).toHaveLength(1);
  });

  it('when the app role reads versions, then row-level security shows a workspace\'s to its members only', async () => {
    const { id } = await created(owner);
    const stranger = await historyUser(t, 'Rita Reader');
    const read = (userId: string) => asApi({ user_id: userId }, (c) => c.query('SELECT "version" FROM "ProductVersion" WHERE "productId" = $1', [id]));
    expect((await read(owner.userId)).rows).toEqual([{ version: 1 }]);
    expect((await read(stranger.userId)).rows).toEqual([]);
  });
});

describe('the document', () => {
  it('when the file has run, then every history operation was seen answering 2xx', () => {
    expect(unexercised(api, (op) => op.tags.includes('history'))).toEqual([]);
  });
});
