import { describe, expect, it } from 'vitest';
import { bulkActionOf, type BulkDraft, describeBulkAction, EMPTY_DRAFT } from './bulk-action';

const draft = (change: Partial<BulkDraft>): BulkDraft => ({ choice: 'set_status', ...EMPTY_DRAFT, ...change });

describe('the bulk bar\'s action', () => {
  it('each choice makes the API\'s action', () => {
    expect(bulkActionOf(draft({ status: 'archived' }))).toEqual({ action: { type: 'set_status', status: 'archived' } });
    expect(bulkActionOf(draft({ choice: 'stock', stockOp: 'subtract', amount: ' 3 ' }))).toEqual({ action: { type: 'stock', op: 'subtract', amount: 3 } });
    expect(bulkActionOf(draft({ choice: 'add_categories', categoryIds: ['c1'] }))).toEqual({ action: { type: 'categories', add: ['c1'] } });
    expect(bulkActionOf(draft({ choice: 'remove_tags', tags: ['sale'] }))).toEqual({ action: { type: 'tags', remove: ['sale'] } });
    expect(bulkActionOf(draft({ choice: 'trash' }))).toEqual({ action: { type: 'trash' } });
  });

  it('when a field is missing or wrong, then it says which, as the API would', () => {
    expect(bulkActionOf(draft({ choice: 'stock', amount: '' }))).toEqual({ error: 'Enter an amount (0 or more).', field: 'amount' });
    expect(bulkActionOf(draft({ choice: 'stock', amount: '2.5' }))).toEqual({ error: 'The amount must be a whole number of 0 or more.', field: 'amount' });
    expect(bulkActionOf(draft({ choice: 'add_categories' }))).toEqual({ error: 'Choose at least one category.', field: 'categories' });
    expect(bulkActionOf(draft({ choice: 'add_tags' }))).toEqual({ error: 'Enter at least one tag.', field: 'tags' });
  });

  it('the result names what was done', () => {
    expect(describeBulkAction({ type: 'set_status', status: 'archived' })).toBe('Set status to Archived');
    expect(describeBulkAction({ type: 'stock', op: 'add', amount: 5 })).toBe('Add 5 to the stock');
    expect(describeBulkAction({ type: 'stock', op: 'set', amount: 0 })).toBe('Set the stock to 0');
    expect(describeBulkAction({ type: 'categories', remove: ['a', 'b'] })).toBe('Remove 2 categories');
    expect(describeBulkAction({ type: 'tags', add: ['sale', 'new'] })).toBe('Add tags “sale”, “new”');
    expect(describeBulkAction({ type: 'trash' })).toBe('Move to the trash');
  });
});
