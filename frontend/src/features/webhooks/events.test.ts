import { describe, expect, it } from 'vitest';
import { covers, eventsSummary, normalizeEvents, toggleEvent } from './events';

describe('the events an endpoint asks for', () => {
  it('when "all events" is among them, then only * is sent', () => {
    expect(normalizeEvents(['product.created', '*', 'workspace.*'])).toEqual(['*']);
  });

  it('when a subject\'s wildcard is chosen, then its single types are dropped and the form\'s order is kept', () => {
    expect(normalizeEvents(['membership.deleted', 'product.updated', 'product.*'])).toEqual(['product.*', 'membership.deleted']);
  });

  it('when a type this SPA does not know comes from the API, then it is kept after the known ones', () => {
    expect(normalizeEvents(['product.archived_somehow', 'workspace.updated'])).toEqual(['workspace.updated', 'product.archived_somehow']);
  });

  it('when a wildcard is on, then the types it stands for count as chosen; others do not', () => {
    expect(covers(['product.*'], 'product.deleted')).toBe(true);
    expect(covers(['product.*'], 'workspace.updated')).toBe(false);
    expect(covers(['*'], 'membership.created')).toBe(true);
    expect(covers(['workspace.updated'], 'workspace.updated')).toBe(true);
  });

  it('when a box is ticked or unticked, then the selection follows and stays normalized', () => {
    const some = toggleEvent(toggleEvent([], 'product.created', true), 'workspace.updated', true);
    expect(some).toEqual(['product.created', 'workspace.updated']);
    expect(toggleEvent(some, 'product.*', true)).toEqual(['product.*', 'workspace.updated']);
    expect(toggleEvent(['product.*', 'workspace.updated'], 'product.*', false)).toEqual(['workspace.updated']);
    expect(toggleEvent(some, 'workspace.updated', false)).toEqual(['product.created']);
  });

  it('when listed, then wildcards read as words', () => {
    expect(eventsSummary(['*'])).toBe('All events');
    expect(eventsSummary(['product.*', 'membership.deleted'])).toBe('All product events, membership.deleted');
  });
});
