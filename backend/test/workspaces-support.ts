import type { Express } from 'express';
import request from 'supertest';
import { expect } from 'vitest';
import type { MailCatcher } from '@shelfwise/devstack';
import { bearer, registerUser, type Session } from './products-support.js';

export { bearer, registerUser, type Session };

export interface WorkspaceBody {
  id: string;
  slug: string;
  name: string;
  personal: boolean;
  role: string | null;
  allowed: string[];
  memberCount: number;
}

let counter = 0;
export const uniqueSlug = (tag = 'team') => `${tag}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export async function createWorkspace(app: Express, owner: Session, body: { name?: string; slug?: string } = {}): Promise<WorkspaceBody> {
  const res = await request(app).post('/api/v1/workspaces').set(bearer(owner.accessToken)).send({ name: body.name ?? 'Tea Team', slug: body.slug ?? uniqueSlug() });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as WorkspaceBody;
}

/** A link invitation for `role`, answered with its url; the token is the url's `token`. */
export async function inviteByLink(app: Express, inviter: Session, slug: string, role: string): Promise<{ id: string; token: string }> {
  const res = await request(app).post(`/api/v1/workspaces/${slug}/invitations`).set(bearer(inviter.accessToken)).send({ role });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const token = new URL(res.body.url as string).searchParams.get('token')!;
  return { id: res.body.invitation.id as string, token };
}

export const accept = (app: Express, who: Session, token: string) =>
  request(app).post('/api/v1/invitations/accept').set(bearer(who.accessToken)).send({ token });

/** A fresh user who joined `slug` as `role` through a link invitation from `inviter`. */
export async function memberWithRole(app: Express, inviter: Session, slug: string, role: string): Promise<Session> {
  const member = await registerUser(app);
  const { token } = await inviteByLink(app, inviter, slug, role);
  const res = await accept(app, member, token);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return member;
}

/** The token of the invitation mailed to `email`. */
export async function mailedInvitationToken(mail: MailCatcher, email: string): Promise<string> {
  const message = await mail.waitFor((m) => m.to.includes(email) && /invited you to/.test(m.subject));
  const link = /https?:\/\/\S+\/invitations\/accept\?token=[\w-]+/.exec(message.text)![0];
  return new URL(link).searchParams.get('token')!;
}

export const workspaceProducts = (app: Express, who: Session, slug: string, query: Record<string, string> = {}) =>
  request(app).get(`/api/v1/workspaces/${slug}/products`).query(query).set(bearer(who.accessToken));

export const productBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Sencha tin',
  sku: `WS-${Math.random().toString(36).slice(2, 10)}`,
  price: '12.50',
  ...overrides,
});
