// Helpers for the audit log's tests (audit-log*.test.ts): requests from a known origin (address,
// user agent, request id) and the entry they should have left, read as the tables' owner.
import { randomUUID } from 'node:crypto';
import type { Test } from 'supertest';
import { expect } from 'vitest';
import type { TestApp } from './support/app.js';

/** The env an audit test app runs with: X-Forwarded-For names the client (one process plays many). */
export const AUDIT_TEST_ENV = { TRUST_PROXY: 'loopback' };

let counter = 0;

/** Where a request comes from, as the audit log should record it. */
export interface Origin {
  ip: string;
  userAgent: string;
  requestId: string;
}

export function newOrigin(tag = 'audit'): Origin {
  const n = counter++;
  return { ip: `203.0.113.${(n % 250) + 1}`, userAgent: `audit-test/${tag} (${n})`, requestId: `audit-${tag}-${randomUUID()}` };
}

/** Sends `req` from `origin`. */
export const from = (req: Test, origin: Origin): Test =>
  req.set('X-Forwarded-For', origin.ip).set('User-Agent', origin.userAgent).set('X-Request-Id', origin.requestId);

interface Expected {
  action: string;
  actorUserId?: string | null;
  actorApiKeyId?: string | null;
  targetType?: string;
  targetId?: string | null;
  workspaceId?: string | null;
  detail?: Record<string, unknown>;
}

/**
 * The one entry `origin`'s request left with this action, checked field by field: who, on what,
 * and the request's address, user agent and id. Read as the owner: row-level security would show
 * the API's role nothing without an admin's context.
 */
export async function expectEntry(t: TestApp, origin: Origin, expected: Expected) {
  const rows = await t.owner.prisma.auditEvent.findMany({ where: { requestId: origin.requestId, action: expected.action } });
  expect(rows, `one ${expected.action} entry for request ${origin.requestId}`).toHaveLength(1);
  const row = rows[0]!;
  const { detail, ...fields } = expected;
  expect(row).toMatchObject({ ...fields, ip: origin.ip, userAgent: origin.userAgent, requestId: origin.requestId });
  if (detail) expect(row.detail).toMatchObject(detail);
  return row;
}
