// The category tree through the API: platform admins build and change it, everyone reads it.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCategory,
  deleteCategory,
  listCategories,
  patchCategory,
  postCategory,
  uniqueCategorySlug,
} from './categories-support.js';
import { bearer, createAdmin, expectProblem, registerUser } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('building the tree', () => {
  it('when an admin creates a root with children and a grandchild, then anyone lists them depth-first by position, each with its path', async () => {
    const admin = await createAdmin(t);
    const root = await createCategory(t.app, admin, { name: 'Kitchen' });
    const teaware = await createCategory(t.app, admin, { name: 'Teaware', parentId: root.id });
    const knives = await createCategory(t.app, admin, { name: 'Knives', parentId: root.id });
    const teapots = await createCategory(t.app, admin, { name: 'Teapots', parentId: teaware.id });

    expect(root).toMatchObject({ parentId: null, name: 'Kitchen', path: [root.slug] });
    expect(teapots).toMatchObject({ parentId: teaware.id, position: 0, path: [root.slug, teaware.slug, teapots.slug] });
    expect(knives.position).toBe(1);
    const mine = (await listCategories(t.app)).filter((c) => c.path[0] === root.slug);
    expect(mine.map((c) => c.name)).toEqual(['Kitchen', 'Teaware', 'Teapots', 'Knives']);
    expect(mine[2]).toEqual(teapots);
  });

  it('when the list is asked again with its ETag, then it answers 304 until the tree changes', async () => {
    const admin = await createAdmin(t);
    const first = await request(t.app).get('/api/v1/categories');
    expect(first.headers['cache-control']).toBe('no-cache');
    const unchanged = await request(t.app).get('/api/v1/categories').set('If-None-Match', first.headers.etag as string);
    expect(unchanged.status).toBe(304);
    await createCategory(t.app, admin);
    const changed = await request(t.app).get('/api/v1/categories').set('If-None-Match', first.headers.etag as string);
    expect(changed.status).toBe(200);
  });

  it('when a category is created without a slug, then one is made from its name: lower case, accents dropped, hyphens', async () => {
    const admin = await createAdmin(t);
    const tag = uniqueCategorySlug('x').slice(2);
    const res = await postCategory(t.app, admin, { name: `Crème Brûlée & Straße ${tag}` });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.slug).toBe(`creme-brulee-strasse-${tag}`);
    expect(res.headers.location).toBe(`/api/v1/categories/${res.body.id}`);
  });

  it('when nothing of the name makes a slug and none is given, then 400 category_slug_required and nothing is stored', async () => {
    const admin = await createAdmin(t);
    const before = (await listCategories(t.app)).length;
    expectProblem(await postCategory(t.app, admin, { name: '茶' }), 400, 'category_slug_required');
    expect(await listCategories(t.app)).toHaveLength(before);
  });

  it('when a slug is invalid or shaped like an id, then 400 validation_failed', async () => {
    const admin = await createAdmin(t);
    for (const slug of ['Not a slug!', '-edge', '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', 'x'.repeat(65)]) {
      const res = await postCategory(t.app, admin, { name: 'Bad', slug });
      expectProblem(res, 400, 'validation_failed');
      expect(res.body.errors[0].field).toBe('slug');
    }
  });

  it('when a slug is taken in another case, then creating or renaming to it is 409 category_slug_taken', async () => {
    const admin = await createAdmin(t);
    const taken = await createCategory(t.app, admin);
    const other = await createCategory(t.app, admin);
    expectProblem(await postCategory(t.app, admin, { name: 'Again', slug: taken.slug.toUpperCase() }), 409, 'category_slug_taken');
    expectProblem(await patchCategory(t.app, admin, other.id, { slug: taken.slug.toUpperCase() }), 409, 'category_slug_taken');
    // The slug is stored as given, lower-cased; citext would refuse another case even written behind the API.
    await expect(
      t.owner.prisma.category.create({ data: { name: 'Behind the API', slug: taken.slug.toUpperCase(), updatedAt: new Date() } }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });

  it('when the parent does not exist, then 400 unknown_category', async () => {
    const admin = await createAdmin(t);
    const res = await postCategory(t.app, admin, { name: 'Orphan', parentId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' });
    expectProblem(res, 400, 'unknown_category');
    expect(res.body.errors).toEqual([expect.objectContaining({ in: 'body', field: 'parentId', code: 'unknown_category' })]);
  });
});

describe('who may change the tree', () => {
  it('when a user who is not a platform admin creates, changes or deletes a category, then 403 platform_admin_required and the tree is unchanged', async () => {
    const admin = await createAdmin(t);
    const user = await registerUser(t.app);
    const category = await createCategory(t.app, admin, { name: 'Stays' });

    expectProblem(await postCategory(t.app, user, { name: 'Mine' }), 403, 'platform_admin_required');
    // Refused before the body is looked at: an invalid one says the same.
    expectProblem(await postCategory(t.app, user, { name: '' }), 403, 'platform_admin_required');
    expectProblem(await patchCategory(t.app, user, category.id, { name: 'Renamed' }), 403, 'platform_admin_required');
    expectProblem(await deleteCategory(t.app, user, category.id), 403, 'platform_admin_required');
    expect((await listCategories(t.app)).find((c) => c.id === category.id)).toEqual(category);
  });

  it('when nobody is signed in, then writes are 401; with an API key, 403 session_required', async () => {
    const admin = await createAdmin(t);
    expectProblem(await request(t.app).post('/api/v1/categories').send({ name: 'Anon' }), 401, 'unauthorized');
    const key = await request(t.app).post('/api/v1/auth/api-keys').set(bearer(admin.accessToken)).send({ name: 'k', scopes: ['products:write'] });
    expect(key.status).toBe(201);
    const res = await request(t.app).post('/api/v1/categories').set(bearer(key.body.key as string)).send({ name: 'By key' });
    expectProblem(res, 403, 'session_required');
  });

  it('when the database is asked to write a category outside a platform admin\'s transaction, then row-level security refuses it', async () => {
    await expect(t.db.prisma.category.create({ data: { name: 'Sneaky', slug: uniqueCategorySlug(), updatedAt: new Date() } })).rejects.toThrow(/row-level security/);
  });
});
