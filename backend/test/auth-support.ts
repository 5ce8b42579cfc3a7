// Helpers for the auth and users API tests (auth*.test.ts, users*.test.ts).
import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import { expect } from 'vitest';
import { createUser } from '../src/modules/auth/index.js';
import type { TestApp } from './support/app.js';

export const PASSWORD = 'tidy-otter-quartz-91';
export const COOKIE = 'shelfwise_refresh';

export const uniqueEmail = (tag = 'user') => `${tag}-${randomUUID()}@example.com`;

export interface Session {
  email: string;
  password: string;
  userId: string;
  sessionId: string;
  accessToken: string;
  refreshToken: string;
}

/** Every auth response body is checked: no hash, and no bcrypt string, ever leaves the API. */
export function expectNoSecrets(body: unknown): void {
  const text = JSON.stringify(body ?? null);
  expect(text).not.toMatch(/passwordHash/i);
  expect(text).not.toMatch(/\$2[aby]\$/);
  expect(text).not.toMatch(/tokenHash/i);
}

function toSession(email: string, password: string, body: { accessToken: string; refreshToken: string }): Session {
  const claims = jwt.decode(body.accessToken) as { sub: string; sid: string };
  return { email, password, userId: claims.sub, sessionId: claims.sid, accessToken: body.accessToken, refreshToken: body.refreshToken };
}

/** Registers through the API and signs in; the address stays unconfirmed (see verifyEmailOf in the recovery tests). */
export async function registerUser(app: Express, overrides: { email?: string; password?: string; name?: string } = {}): Promise<Session> {
  const email = overrides.email ?? uniqueEmail();
  const password = overrides.password ?? PASSWORD;
  const res = await request(app).post('/api/v1/auth/register').send({ email, password, name: overrides.name ?? 'Test User' });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  // A sign-up issues no tokens (its answer must not tell whether the address was taken): sign in.
  return loginUser(app, email, password);
}

export async function loginUser(app: Express, email: string, password = PASSWORD): Promise<Session> {
  const res = await request(app).post('/api/v1/auth/login').send({ email, password });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return toSession(email, password, res.body);
}

/** An admin made the way the CLI makes one (there is no API to become admin by oneself). */
export async function createAdmin(t: TestApp): Promise<Session> {
  const email = uniqueEmail('admin');
  await createUser({ prisma: t.db.prisma, auth: t.config.auth }, { email, password: PASSWORD, name: 'Admin', role: 'ADMIN' });
  return loginUser(t.app, email);
}

export const me = (app: Express, accessToken: string) =>
  request(app).get('/api/v1/auth/me').set('Authorization', `Bearer ${accessToken}`);

export const refreshWithCookie = (app: Express, refreshToken: string) =>
  request(app).post('/api/v1/auth/refresh').set('Cookie', `${COOKIE}=${refreshToken}`);

/** The refresh cookie a response set, with its attributes, or undefined. */
export function refreshCookieOf(res: { headers: Record<string, unknown> }): string | undefined {
  const cookies = (res.headers['set-cookie'] as string[] | undefined) ?? [];
  return cookies.find((c) => c.startsWith(`${COOKIE}=`));
}

export function expectProblem(res: { status: number; headers: Record<string, unknown>; body: { code?: string } }, status: number, code: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toBe(code);
}
