import type { components, operations } from '../../lib/api/schema';

/** `price` is an exact decimal string such as "19.99"; never parsed into a float for storage. `workspaceId`: whose product it is. */
export type Product = components['schemas']['Product'];
export type ProductPage = components['schemas']['ProductPage'];
export type ProductImage = components['schemas']['ProductImage'];
export type ProductFacets = components['schemas']['ProductFacets'];
export type ProductTotal = components['schemas']['ProductTotal'];
export type StockState = Product['stockState'];
export type CreateProductRequest = components['schemas']['CreateProductRequest'];
export type UpdateProductRequest = components['schemas']['UpdateProductRequest'];
export type ProductStatus = Product['status'];
/** One change of a product's history (GET …/history), newest first. */
export type HistoryEntry = components['schemas']['HistoryEntry'];
export type HistoryField = HistoryEntry['changes'][number]['field'];
export type HistoryPage = components['schemas']['HistoryPage'];
/** The product right after a version (GET …/versions/:version). */
export type ProductVersion = components['schemas']['ProductVersion'];
/** The query of GET /products. */
export type ProductListQuery = NonNullable<operations['listProducts']['parameters']['query']>;
export type ProductSort = NonNullable<ProductListQuery['sort']>;

/**
 * What the user may do to a workspace's products, from the API's answer for that workspace (the app
 * maps its `allowed` actions onto this, since features do not know each other). The API still checks.
 */
export interface ProductAccess {
  create: boolean;
  update: boolean;
  delete: boolean;
}

export const PRODUCT_STATUSES: readonly ProductStatus[] = ['draft', 'active', 'archived'];

/** For a status read from the URL, which may be anything. */
export function isProductStatus(value: string | null): value is ProductStatus {
  return PRODUCT_STATUSES.includes(value as ProductStatus);
}

export const SORT_OPTIONS: ReadonlyArray<{ value: ProductSort; label: string }> = [
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
  { value: 'price', label: 'Price: low to high' },
  { value: '-price', label: 'Price: high to low' },
  { value: 'name', label: 'Name: A to Z' },
  { value: '-name', label: 'Name: Z to A' },
];

/** For a sort read from the URL, which may be anything. */
export function isProductSort(value: string | null): value is ProductSort {
  return SORT_OPTIONS.some((option) => option.value === value);
}

export const STATUS_LABELS: Record<ProductStatus, string> = { draft: 'Draft', active: 'Active', archived: 'Archived' };
