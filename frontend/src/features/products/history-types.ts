// Typed by hand from the issue 17 contract until the API's OpenAPI document describes product
// history; then `npm run api-types -w frontend` generates these and this file goes.

export type HistoryField =
  | 'name'
  | 'description'
  | 'sku'
  | 'price'
  | 'currency'
  | 'stock'
  | 'lowStockThreshold'
  | 'status'
  | 'categoryIds'
  | 'tags'
  | 'images'
  | 'trashedAt';

export interface HistoryEntry {
  /** The version this change produced (1: the product was created). */
  version: number;
  change: 'create' | 'update' | 'images' | 'trash' | 'restore' | 'revert' | 'import' | 'bulk';
  /** For a revert: the version it went back to. */
  revertedTo: number | null;
  at: string;
  actor: { type: 'user' | 'apiKey' | 'system'; id: string | null; name: string | null };
  requestId: string | null;
  jobId: string | null;
  /** At create, `old` is null. */
  changes: Array<{ field: HistoryField; old: unknown; new: unknown }>;
}

export interface HistoryPage {
  data: HistoryEntry[];
  nextCursor: string | null;
}

/** The product as it was right after `version`. */
export interface ProductVersion {
  version: number;
  at: string;
  product: {
    name: string;
    description: string | null;
    sku: string;
    price: string;
    currency: string;
    stock: number;
    lowStockThreshold: number | null;
    status: 'draft' | 'active' | 'archived';
    categoryIds: string[];
    tags: string[];
    /** Picture ids, in order. */
    images: string[];
    trashedAt: string | null;
  };
}
