import { describe, expect, it } from 'vitest';
import { jobPercent, jobProgressText, outcomeCounts } from './labels';

describe('a job in words', () => {
  it('while it runs: rows done of the total, failures, and the time left once the API can estimate it', () => {
    expect(jobProgressText({ state: 'running', done: 1_234, total: 5_000, failed: 0, etaSeconds: null })).toBe('1,234 of 5,000 rows (24%)');
    expect(jobProgressText({ state: 'running', done: 1_234, total: 5_000, failed: 3, etaSeconds: 95 })).toBe('1,234 of 5,000 rows (24%) · 3 failed · about 2 minutes left');
    expect(jobProgressText({ state: 'queued', done: 0, total: null, failed: 0, etaSeconds: null })).toBe('Waiting to start');
    // Finished: no time left to promise.
    expect(jobProgressText({ state: 'succeeded', done: 10, total: 10, failed: 0, etaSeconds: 0 })).toBe('10 of 10 rows (100%)');
  });

  it('the bar follows the API\'s percent, else done of total, else is indeterminate', () => {
    expect(jobPercent({ percent: 40, done: 1, total: 100 })).toBe(40);
    expect(jobPercent({ percent: null, done: 25, total: 100 })).toBe(25);
    expect(jobPercent({ percent: null, done: 25, total: null })).toBeNull();
  });

  it('a result\'s counts in a fixed order without zeros; what is not a count is left out', () => {
    expect(outcomeCounts({ conflict: 1, applied: 12, refused: 0, note: 'x' })).toEqual([
      { key: 'applied', label: 'Applied', count: 12 },
      { key: 'conflict', label: 'Conflict', count: 1 },
    ]);
    expect(outcomeCounts({ created: 3, updated: 2, unchanged: 0, failed: 1 })).toEqual([
      { key: 'created', label: 'Created', count: 3 },
      { key: 'updated', label: 'Updated', count: 2 },
      { key: 'failed', label: 'Failed', count: 1 },
    ]);
    expect(outcomeCounts({ outcomes: { applied: 2 } })).toEqual([{ key: 'applied', label: 'Applied', count: 2 }]);
    expect(outcomeCounts(null)).toEqual([]);
  });
});
