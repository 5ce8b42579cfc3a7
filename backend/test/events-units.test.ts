import { describe, expect, it } from 'vitest';
import { admits, follow, type Audience } from '../src/modules/events/audience.js';
import { settle } from '../src/modules/events/frontier.js';
import type { DomainEvent } from '../src/modules/events/outbox.js';

const rows = (...seqs: number[]) => seqs.map((seq) => ({ seq }));

describe('the frontier (frontier.ts)', () => {
  it('when the rows follow the frontier without a hole, then all of them are final', () => {
    expect(settle(4, rows(5, 6, 7), null, 100n)).toEqual({ events: rows(5, 6, 7), frontier: 7, gap: null });
  });

  it('when a seq is missing, then the frontier stops before it and asks for a horizon', () => {
    expect(settle(4, rows(5, 7, 8), null, 100n)).toEqual({ events: rows(5), frontier: 5, gap: { at: 6, horizon: null } });
  });

  it('when the oldest running transaction is not past the horizon yet, then the hole is still waited at', () => {
    const gap = { at: 6, horizon: 120n };
    expect(settle(5, rows(7, 8), gap, 120n)).toEqual({ events: [], frontier: 5, gap });
  });

  it('when the oldest running transaction is past the horizon, then the missing seq never comes and the frontier passes it', () => {
    expect(settle(5, rows(7, 8), { at: 6, horizon: 120n }, 121n)).toEqual({ events: rows(7, 8), frontier: 8, gap: null });
  });

  it('when a horizon was taken for another hole, then a new hole gets its own', () => {
    expect(settle(5, rows(6, 8), { at: 3, horizon: 10n }, 500n)).toEqual({ events: rows(6), frontier: 6, gap: { at: 7, horizon: null } });
  });

  it('when the hole fills in, then its rows are final and the wait is over', () => {
    expect(settle(5, rows(6, 7), { at: 6, horizon: 120n }, 50n)).toEqual({ events: rows(6, 7), frontier: 7, gap: null });
  });

  it('when nothing follows the frontier, then nothing is final and nothing is waited at', () => {
    expect(settle(9, [], { at: 10, horizon: 5n }, 1n)).toEqual({ events: [], frontier: 9, gap: null });
  });
});

const event = (type: string, workspaceId: string, subjectId = 's'): DomainEvent =>
  ({ id: 'e', seq: 1, type, workspaceId, subjectId, version: null, occurredAt: '', payload: {} }) as DomainEvent;

describe('who sees an event (audience.ts)', () => {
  const member = (): Audience => ({ userId: 'u', platformAdmin: false, workspaces: new Map([['w1', 'editor']]) });

  it('when an event is of a workspace the user is a member of, then they see it; of another, not; a platform admin sees all', () => {
    expect(admits(member(), event('product.updated', 'w1'))).toBe(true);
    expect(admits(member(), event('product.updated', 'w2'))).toBe(false);
    expect(admits({ ...member(), platformAdmin: true }, event('product.updated', 'w2'))).toBe(true);
  });

  it('when the user is added to a workspace, then they see that event and the workspace\'s from then on', () => {
    const audience = member();
    const added = event('membership.created', 'w2', 'u');
    expect(admits(audience, added)).toBe(true);
    expect(follow(audience, added)).toBe(true);
    expect(admits(audience, event('product.created', 'w2'))).toBe(true);
  });

  it('when the user is removed from a workspace, then they see their removal and nothing of it after', () => {
    const audience = member();
    const removed = event('membership.deleted', 'w1', 'u');
    expect(admits(audience, removed)).toBe(true);
    expect(follow(audience, removed)).toBe(true);
    expect(admits(audience, event('product.updated', 'w1'))).toBe(false);
    expect(admits(audience, event('membership.deleted', 'w1', 'someone else'))).toBe(false);
  });

  it('when a workspace is deleted, then its members see that and nothing of it after; another member\'s change changes nothing', () => {
    const audience = member();
    expect(follow(audience, event('membership.created', 'w3', 'someone else'))).toBe(false);
    expect(admits(audience, event('workspace.deleted', 'w1', 'w1'))).toBe(true);
    expect(follow(audience, event('workspace.deleted', 'w1', 'w1'))).toBe(true);
    expect(audience.workspaces.size).toBe(0);
  });
});
