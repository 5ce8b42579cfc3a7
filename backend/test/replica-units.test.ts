import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { classifyConnectionError } from '../src/lib/db-errors.js';
import { formatLsn, fromSortable, insertPositionAsEnd, parseLsn, toSortable } from '../src/lib/replica/lsn.js';

describe('WAL positions', () => {
  it('when parsed and formatted, then the text round-trips and order follows the position', () => {
    expect(formatLsn(parseLsn('16/B374D848'))).toBe('16/B374D848');
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
    expect(() => parseLsn('16-B374')).toThrow(TypeError);
  });

  it('when stored as sortable text, then string order is position order', () => {
    const positions = ['0/FFFFFFFF', '1/0', '0/3000028', 'A/1'].map(parseLsn);
    const asText = positions.map(toSortable);
    expect([...asText].sort().map(fromSortable)).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('when an insert position points just past a page header, then the equivalent end position is used', () => {
    const block = 8192;
    const segment = 16 * 1024 * 1024;
    expect(formatLsn(insertPositionAsEnd(parseLsn('0/3000028'), block, segment))).toBe('0/3000000');
    expect(formatLsn(insertPositionAsEnd(parseLsn('0/3002018'), block, segment))).toBe('0/3002000');
    expect(formatLsn(insertPositionAsEnd(parseLsn('0/3002050'), block, segment))).toBe('0/3002050');
  });
});

describe('replica failures', () => {
  it('when the error says the server is gone, then the replica is unreachable; a recovery conflict is not', () => {
    expect(classifyConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }))).toBe('unreachable');
    expect(classifyConnectionError({ message: 'wrapped', cause: { originalCode: '57P01', originalMessage: 'terminating connection' } })).toBe('unreachable');
    expect(classifyConnectionError({ code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } } })).toBe('unreachable');
    expect(classifyConnectionError({ code: 'P2010', meta: { driverAdapterError: { cause: { originalCode: '40001', originalMessage: 'canceling statement due to conflict with recovery' } } } })).toBe('conflict');
  });

  it('when the error is about the query itself, then it is not the replica’s fault', () => {
    expect(classifyConnectionError(Object.assign(new Error('No record found'), { code: 'P2025' }))).toBeNull();
    expect(classifyConnectionError(new Error('syntax error at or near "SELEC"'))).toBeNull();
  });
});

describe('replica configuration', () => {
  it('when DATABASE_REPLICA_URL is unset, then there is no replica; when set, it must be a PostgreSQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://app@db.example/shelfwise' }).database.replicaUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: 'postgresql://app@db.example/shelfwise', DATABASE_REPLICA_URL: 'postgresql://r@replica:5432/shelfwise' }).database.replicaUrl).toBe('postgresql://r@replica:5432/shelfwise');
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://app@db.example/shelfwise', DATABASE_REPLICA_URL: 'mysql://replica/shelfwise' })).toThrow(ConfigError);
  });
});
