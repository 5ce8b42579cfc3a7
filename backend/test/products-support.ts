// Helpers for the products API tests (products*.test.ts): users come from the real auth API.
import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { expect } from 'vitest';
import type { ProductView } from '../src/modules/products/product-view.js';
import type { TestApp } from './support/app.js';

export { createAdmin, expectProblem, registerUser, type Session } from './auth-support.js';

export const uniqueSku = (tag = 'SKU') => `${tag}-${randomUUID().slice(0, 13)}`;

/** A unique searchable word, so a test's search or list only ever sees its own products. */
export const uniqueWord = (tag = 'zq') => `${tag}${randomUUID().replace(/-/g, '').slice(0, 12)}`;

/** A product as the API returns it: the module's own view type, not a second copy of it. */
export type ProductBody = ProductView;

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export function productInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'Enamel kettle', description: 'Holds 1.7 l', sku: uniqueSku(), price: '24.90', stock: 5, status: 'active', ...overrides };
}

/** POST /products, expecting 201. */
export async function createProduct(app: Express, token: string, overrides: Record<string, unknown> = {}): Promise<ProductBody> {
  const res = await request(app).post('/api/v1/products').set(bearer(token)).send(productInput(overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as ProductBody;
}

export const getProduct = (app: Express, id: string, token?: string) => {
  const req = request(app).get(`/api/v1/products/${id}`);
  return token ? req.set(bearer(token)) : req;
};

export const listProducts = (app: Express, query: Record<string, string | number> = {}, token?: string) => {
  const req = request(app).get('/api/v1/products').query(query);
  return token ? req.set(bearer(token)) : req;
};

export const patchProduct = (app: Express, token: string, id: string, body: object, ifMatch?: string) => {
  const req = request(app).patch(`/api/v1/products/${id}`).set(bearer(token)).send(body);
  return ifMatch ? req.set('If-Match', ifMatch) : req;
};

export const deleteProduct = (app: Express, token: string, id: string, ifMatch?: string) => {
  const req = request(app).delete(`/api/v1/products/${id}`).set(bearer(token));
  return ifMatch ? req.set('If-Match', ifMatch) : req;
};

/** The product as stored, bypassing the API and its cache. */
export const dbProduct = (t: TestApp, id: string) => t.owner.prisma.product.findUnique({ where: { id } });

/** Counts the statements the app sends to PostgreSQL: every query checks a client out of the pool. */
export function countQueries(t: TestApp): { readonly count: number; stop(): void } {
  let count = 0;
  const onAcquire = () => count++;
  t.db.pool.on('acquire', onAcquire);
  return {
    get count() {
      return count;
    },
    stop: () => t.db.pool.off('acquire', onAcquire),
  };
}

/** The user's personal workspace (made with the account by a database trigger). */
export async function personalWorkspaceId(t: TestApp, userId: string): Promise<string> {
  const workspace = await t.owner.prisma.workspace.findUniqueOrThrow({ where: { personalOwnerId: userId }, select: { id: true } });
  return workspace.id;
}
