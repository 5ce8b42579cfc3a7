// Helpers for the category tests (categories-*.test.ts): the tree is the platform's, shared by every
// test of a file, so each test makes its own categories under unique slugs and looks only at them.
import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { expect } from 'vitest';
import { bearer, type Session } from './products-support.js';

export interface CategoryBody {
  id: string;
  parentId: string | null;
  name: string;
  slug: string;
  position: number;
  path: string[];
}

/** A slug no other test uses. */
export const uniqueCategorySlug = (tag = 'cat') => `${tag}-${randomUUID().slice(0, 8)}`;

export const postCategory = (app: Express, who: Session, body: object) =>
  request(app).post('/api/v1/categories').set(bearer(who.accessToken)).send(body);

export const patchCategory = (app: Express, who: Session, id: string, body: object) =>
  request(app).patch(`/api/v1/categories/${id}`).set(bearer(who.accessToken)).send(body);

export const deleteCategory = (app: Express, who: Session, id: string) =>
  request(app).delete(`/api/v1/categories/${id}`).set(bearer(who.accessToken));

/** POST /categories as `admin`, expecting 201; the slug is unique unless given. */
export async function createCategory(
  app: Express,
  admin: Session,
  body: { name?: string; slug?: string; parentId?: string | null; position?: number } = {},
): Promise<CategoryBody> {
  const res = await postCategory(app, admin, { name: body.name ?? 'Teaware', slug: body.slug ?? uniqueCategorySlug(), ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as CategoryBody;
}

/** GET /categories (anonymous): the whole tree, flat. */
export async function listCategories(app: Express): Promise<CategoryBody[]> {
  const res = await request(app).get('/api/v1/categories');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data as CategoryBody[];
}

/** The children of `parentId` (null: the roots) as the list shows them: [slug, position] in list order. */
export async function childrenOf(app: Express, parentId: string | null): Promise<Array<[string, number]>> {
  return (await listCategories(app)).filter((c) => c.parentId === parentId).map((c) => [c.slug, c.position]);
}
