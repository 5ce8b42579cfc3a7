// The pure parts of bulk edits and jobs: what an action does to one product, and a job's progress.
import { describe, expect, it } from 'vitest';
import { etaSeconds, toJobView, type JobRecord } from '../src/modules/jobs/job-view.js';
import { decide, type BulkFields } from '../src/modules/products/bulk/actions.js';

const product = (overrides: Partial<BulkFields> = {}): BulkFields => ({ status: 'draft', stock: 5, categoryIds: ['a'], tags: ['x', 'y'], trashed: false, ...overrides });

describe('what a bulk action does to a product', () => {
  it.each([
    ['a status set to another', { type: 'set_status', status: 'active' } as const, { outcome: 'applied', next: product({ status: 'active' }) }],
    ['a status set to the same', { type: 'set_status', status: 'draft' } as const, { outcome: 'unchanged' }],
    ['stock added', { type: 'stock', op: 'add', amount: 3 } as const, { outcome: 'applied', next: product({ stock: 8 }) }],
    ['stock added by 0', { type: 'stock', op: 'add', amount: 0 } as const, { outcome: 'unchanged' }],
    ['stock subtracted to 0', { type: 'stock', op: 'subtract', amount: 5 } as const, { outcome: 'applied', next: product({ stock: 0 }) }],
    ['stock subtracted below 0', { type: 'stock', op: 'subtract', amount: 6 } as const, { outcome: 'refused', code: 'stock_below_zero' }],
    ['stock added past int4', { type: 'stock', op: 'add', amount: 2_147_483_647 } as const, { outcome: 'refused', code: 'stock_too_large' }],
    ['stock set', { type: 'stock', op: 'set', amount: 9 } as const, { outcome: 'applied', next: product({ stock: 9 }) }],
    ['a category added', { type: 'categories', add: ['b', 'a'] } as const, { outcome: 'applied', next: product({ categoryIds: ['a', 'b'] }) }],
    ['a category it has, added', { type: 'categories', add: ['a'] } as const, { outcome: 'unchanged' }],
    ['a category removed', { type: 'categories', remove: ['a'] } as const, { outcome: 'applied', next: product({ categoryIds: [] }) }],
    ['a tag added and one removed', { type: 'tags', add: ['z'], remove: ['x'] } as const, { outcome: 'applied', next: product({ tags: ['y', 'z'] }) }],
    ['a tag added and removed at once', { type: 'tags', add: ['z'], remove: ['z'] } as const, { outcome: 'unchanged' }],
    ['the trash', { type: 'trash' } as const, { outcome: 'applied', next: product({ trashed: true }) }],
  ])('when %s, then %j', (_what, action, expected) => {
    expect(decide(action, product())).toMatchObject(expected);
  });

  it('when the product is in the trash, then the trash changes nothing and anything else is refused', () => {
    expect(decide({ type: 'trash' }, product({ trashed: true }))).toEqual({ outcome: 'unchanged' });
    expect(decide({ type: 'stock', op: 'add', amount: 1 }, product({ trashed: true }))).toMatchObject({ outcome: 'refused', code: 'product_in_trash' });
  });

  it('when tags or categories would pass 20, then refused; a product already over it may still lose some', () => {
    const many = Array.from({ length: 20 }, (_, i) => `t${i}`);
    expect(decide({ type: 'tags', add: ['one-more'] }, product({ tags: many }))).toMatchObject({ outcome: 'refused', code: 'too_many_tags' });
    expect(decide({ type: 'categories', add: ['c'] }, product({ categoryIds: many }))).toMatchObject({ outcome: 'refused', code: 'too_many_categories' });
    expect(decide({ type: 'tags', remove: ['t0'] }, product({ tags: many }))).toMatchObject({ outcome: 'applied' });
  });
});

const job = (overrides: Partial<JobRecord> = {}): JobRecord => ({
  id: 'j', kind: 'bulk_edit', state: 'running', ownerId: null, workspaceId: 'w', input: {}, total: 100, done: 25, failed: 0, result: null, error: null,
  createdAt: new Date(0), startedAt: new Date(0), finishedAt: null, cancelRequestedAt: null, ...overrides,
});

describe('a job\'s progress', () => {
  it('when 25 of 100 rows took 10 s, then 30 s are left; before a rate or a total there is no estimate', () => {
    expect(etaSeconds(job(), new Date(10_000))).toBe(30);
    expect(etaSeconds(job({ done: 0 }), new Date(10_000))).toBeNull();
    expect(etaSeconds(job({ total: null }), new Date(10_000))).toBeNull();
    expect(etaSeconds(job({ state: 'queued', startedAt: null }), new Date(10_000))).toBeNull();
  });

  it('when it is viewed, then percent is floored (100 only when done), a finished job has no time left', () => {
    const view = (j: JobRecord) => toJobView({ job: j, workspace: { id: 'w', slug: 's' }, owner: null, errors: [], links: {}, now: new Date(10_000) });
    expect(view(job({ done: 999, total: 1000 })).percent).toBe(99);
    expect(view(job({ total: null })).percent).toBeNull();
    expect(view(job({ state: 'succeeded', total: 0, done: 0 }))).toMatchObject({ percent: 100, etaSeconds: 0 });
    expect(view(job()).links).toEqual({ rows: '/api/v1/jobs/j/rows' });
  });
});
