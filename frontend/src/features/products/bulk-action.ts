import type { BulkAction } from './api/bulk';
import { type ProductStatus, STATUS_LABELS } from './types';
import { checkStock } from './validation';

/** The bulk bar's choices; categories and tags are added or removed, one direction at a time. */
export type BulkChoice = 'set_status' | 'stock' | 'add_categories' | 'remove_categories' | 'add_tags' | 'remove_tags' | 'trash';

export const BULK_CHOICES: ReadonlyArray<{ value: BulkChoice; label: string; needs: 'update' | 'delete' }> = [
  { value: 'set_status', label: 'Set status', needs: 'update' },
  { value: 'stock', label: 'Change stock', needs: 'update' },
  { value: 'add_categories', label: 'Add categories', needs: 'update' },
  { value: 'remove_categories', label: 'Remove categories', needs: 'update' },
  { value: 'add_tags', label: 'Add tags', needs: 'update' },
  { value: 'remove_tags', label: 'Remove tags', needs: 'update' },
  { value: 'trash', label: 'Move to trash', needs: 'delete' },
];

export type StockOp = 'add' | 'subtract' | 'set';
export const STOCK_OPS: ReadonlyArray<{ value: StockOp; label: string }> = [
  { value: 'add', label: 'Add' },
  { value: 'subtract', label: 'Subtract' },
  { value: 'set', label: 'Set to' },
];

/** What the bar's fields hold. */
export interface BulkDraft {
  choice: BulkChoice;
  status: ProductStatus;
  stockOp: StockOp;
  amount: string;
  categoryIds: string[];
  tags: string[];
}

export const EMPTY_DRAFT: Omit<BulkDraft, 'choice'> = { status: 'active', stockOp: 'add', amount: '', categoryIds: [], tags: [] };

/** The action to send, or why the fields cannot make one yet (checked as the API checks them). */
export function bulkActionOf(draft: BulkDraft): { action: BulkAction } | { error: string; field: 'amount' | 'categories' | 'tags' } {
  switch (draft.choice) {
    case 'set_status':
      return { action: { type: 'set_status', status: draft.status } };
    case 'stock': {
      const error = checkStock(draft.amount)?.replace(/^Enter the stock/, 'Enter an amount').replace(/^Stock/, 'The amount');
      return error ? { error, field: 'amount' } : { action: { type: 'stock', op: draft.stockOp, amount: Number(draft.amount.trim()) } };
    }
    case 'add_categories':
    case 'remove_categories':
      if (draft.categoryIds.length === 0) return { error: 'Choose at least one category.', field: 'categories' };
      return { action: draft.choice === 'add_categories' ? { type: 'categories', add: draft.categoryIds } : { type: 'categories', remove: draft.categoryIds } };
    case 'add_tags':
    case 'remove_tags':
      if (draft.tags.length === 0) return { error: 'Enter at least one tag.', field: 'tags' };
      return { action: draft.choice === 'add_tags' ? { type: 'tags', add: draft.tags } : { type: 'tags', remove: draft.tags } };
    case 'trash':
      return { action: { type: 'trash' } };
  }
}

const listed = (items: string[]) => items.map((item) => `“${item}”`).join(', ');

const categories = (ids: string[] = []) => (ids.length === 1 ? '1 category' : `${ids.length} categories`);

/** "Set status to Archived", "Add 5 to the stock", "Add tags “sale”": the result's heading says what was done. */
export function describeBulkAction(action: BulkAction): string {
  switch (action.type) {
    case 'set_status':
      return `Set status to ${STATUS_LABELS[action.status]}`;
    case 'stock':
      return action.op === 'set' ? `Set the stock to ${action.amount}` : action.op === 'add' ? `Add ${action.amount} to the stock` : `Subtract ${action.amount} from the stock`;
    case 'categories':
      return action.add ? `Add ${categories(action.add)}` : `Remove ${categories(action.remove)}`;
    case 'tags':
      return action.add ? `Add tags ${listed(action.add)}` : `Remove tags ${listed(action.remove ?? [])}`;
    case 'trash':
      return 'Move to the trash';
  }
}
