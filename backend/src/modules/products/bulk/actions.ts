import type { WorkspaceAction } from '../../workspaces/index.js';
import type { ProductStatus } from '../product-view.js';

// What a bulk edit does to one product, decided from the product as it is (locked in the chunk's
// transaction): a change, nothing (already so), or a refusal with its reason. Pure, so that every
// case is unit-tested without a database.

export const BULK_ACTION_TYPES = ['set_status', 'stock', 'categories', 'tags', 'trash'] as const;

export type BulkAction =
  | { type: 'set_status'; status: ProductStatus }
  | { type: 'stock'; op: 'add' | 'subtract' | 'set'; amount: number }
  | { type: 'categories'; add?: readonly string[]; remove?: readonly string[] }
  | { type: 'tags'; add?: readonly string[]; remove?: readonly string[] }
  | { type: 'trash' };

/** The fields of a product a bulk edit reads and writes. */
export interface BulkFields {
  status: ProductStatus;
  stock: number;
  categoryIds: string[];
  tags: string[];
  trashed: boolean;
}

export type Decision =
  | { outcome: 'applied'; next: BulkFields }
  | { outcome: 'unchanged' }
  | { outcome: 'refused'; code: string; reason: string };

const STOCK_MAX = 2_147_483_647; // int4, as the stock column
export const CATEGORIES_PER_PRODUCT_MAX = 20;
const TAGS_PER_PRODUCT_MAX = 20;

/** The right the action needs in the product's workspace (modules/workspaces/policy.ts). */
export const rightFor = (action: BulkAction): Extract<WorkspaceAction, 'product.update' | 'product.delete'> =>
  action.type === 'trash' ? 'product.delete' : 'product.update';

/** The history fields an action changes: what its undo puts back. */
export const fieldOf = (action: BulkAction): 'status' | 'stock' | 'categoryIds' | 'tags' | 'trashedAt' =>
  ({ set_status: 'status', stock: 'stock', categories: 'categoryIds', tags: 'tags', trash: 'trashedAt' } as const)[action.type];

const refused = (code: string, reason: string): Decision => ({ outcome: 'refused', code, reason });

export function decide(action: BulkAction, current: BulkFields): Decision {
  if (current.trashed) {
    return action.type === 'trash' ? { outcome: 'unchanged' } : refused('product_in_trash', 'The product is in the trash; restore it before changing it');
  }
  const next = nextFields(action, current);
  if ('outcome' in next) return next;
  return same(current, next) ? { outcome: 'unchanged' } : { outcome: 'applied', next };
}

function nextFields(action: BulkAction, current: BulkFields): BulkFields | Decision {
  switch (action.type) {
    case 'set_status':
      return { ...current, status: action.status };
    case 'stock': {
      const stock = action.op === 'set' ? action.amount : action.op === 'add' ? current.stock + action.amount : current.stock - action.amount;
      if (stock < 0) return refused('stock_below_zero', `The product has ${current.stock} in stock; subtracting ${action.amount} would leave less than none`);
      if (stock > STOCK_MAX) return refused('stock_too_large', `Adding ${action.amount} to ${current.stock} would exceed the largest stock a product can hold (${STOCK_MAX})`);
      return { ...current, stock };
    }
    case 'categories': {
      const categoryIds = merged(current.categoryIds, action.add, action.remove);
      if (categoryIds.length > CATEGORIES_PER_PRODUCT_MAX && categoryIds.length > current.categoryIds.length) {
        return refused('too_many_categories', `A product is filed under at most ${CATEGORIES_PER_PRODUCT_MAX} categories; this one would have ${categoryIds.length}`);
      }
      return { ...current, categoryIds };
    }
    case 'tags': {
      const tags = merged(current.tags, action.add, action.remove);
      if (tags.length > TAGS_PER_PRODUCT_MAX && tags.length > current.tags.length) {
        return refused('too_many_tags', `A product has at most ${TAGS_PER_PRODUCT_MAX} tags; this one would have ${tags.length}`);
      }
      return { ...current, tags };
    }
    case 'trash':
      return { ...current, trashed: true };
  }
}

// The list kept in its order, the removed ones out, the added ones appended (once each).
function merged(list: string[], add: readonly string[] = [], remove: readonly string[] = []): string[] {
  const out = list.filter((item) => !remove.includes(item));
  for (const item of add) if (!remove.includes(item) && !out.includes(item)) out.push(item);
  return out;
}

function same(a: BulkFields, b: BulkFields): boolean {
  return a.status === b.status && a.stock === b.stock && a.trashed === b.trashed && sameList(a.categoryIds, b.categoryIds) && sameList(a.tags, b.tags);
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
