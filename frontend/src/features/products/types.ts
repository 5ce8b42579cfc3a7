export type ProductStatus = 'draft' | 'active' | 'archived';

export const PRODUCT_STATUSES: readonly ProductStatus[] = ['draft', 'active', 'archived'];

/** For a status read from the URL, which may be anything. */
export function isProductStatus(value: string | null): value is ProductStatus {
  return PRODUCT_STATUSES.includes(value as ProductStatus);
}

export interface Product {
  id: string;
  name: string;
  description: string;
  sku: string;
  /** An exact decimal string such as "19.99"; never parsed into a float for storage. */
  price: string;
  currency: string;
  stock: number;
  status: ProductStatus;
  ownerId: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export type ProductSort = '-createdAt' | 'createdAt' | 'price' | '-price' | 'name' | '-name';

export const SORT_OPTIONS: ReadonlyArray<{ value: ProductSort; label: string }> = [
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
  { value: 'price', label: 'Price: low to high' },
  { value: '-price', label: 'Price: high to low' },
  { value: 'name', label: 'Name: A to Z' },
  { value: '-name', label: 'Name: Z to A' },
];

export const STATUS_LABELS: Record<ProductStatus, string> = { draft: 'Draft', active: 'Active', archived: 'Archived' };
