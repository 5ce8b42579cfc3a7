// Helpers for the product history tests (product-history*.test.ts).
import type { Express } from 'express';
import request from 'supertest';
import { expect } from 'vitest';
import type { HistoryEntry } from '../src/modules/products/history/history-view.js';
import { createUser } from '../src/modules/auth/index.js';
import { loginUser, PASSWORD, uniqueEmail, type Session } from './auth-support.js';
import { bearer } from './products-support.js';
import type { TestApp } from './support/app.js';

export type { HistoryEntry };

/** A user made as the CLI makes one (address confirmed, so keys and writes are allowed), signed in. */
export async function historyUser(t: TestApp, name: string): Promise<Session> {
  const email = uniqueEmail('history');
  await createUser({ prisma: t.db.prisma, auth: t.config.auth }, { email, password: PASSWORD, name });
  return loginUser(t.app, email);
}

export async function createKey(app: Express, session: Session, name: string, scopes = ['products:read', 'products:write']): Promise<{ key: string; id: string }> {
  const res = await request(app).post('/api/v1/auth/api-keys').set(bearer(session.accessToken)).send({ name, scopes });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { key: string; id: string };
}

/** GET …/:id/history (one page). */
const historyOf = (app: Express, token: string, id: string, query: Record<string, string | number> = {}, base = '/api/v1/products') =>
  request(app).get(`${base}/${id}/history`).query(query).set(bearer(token));

/** The newest entry of a product's history. */
export async function latestEntry(app: Express, token: string, id: string): Promise<HistoryEntry> {
  const res = await historyOf(app, token, id, { limit: 1 });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data[0] as HistoryEntry;
}

/** The rows as stored, as the tables' owner reads them. */
export const storedVersions = (t: TestApp, productId: string) =>
  t.owner.prisma.productVersion.findMany({ where: { productId }, orderBy: { version: 'asc' } });
