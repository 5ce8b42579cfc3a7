import { Prisma as Sql } from '../../generated/prisma/client.js';

export type ProductStatus = 'draft' | 'active' | 'archived';
export const PRODUCT_STATUSES: readonly ProductStatus[] = ['draft', 'active', 'archived'];

/** A product as the API returns it. */
export interface ProductView {
  id: string;
  /** The workspace it belongs to. */
  workspaceId: string;
  /** The user who created it. */
  ownerId: string;
  name: string;
  description: string;
  sku: string;
  /** Exact decimal with two places, e.g. "19.90": never a float on the wire. */
  price: string;
  currency: string;
  stock: number;
  status: ProductStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A row as Prisma (Decimal price) or the list query (price::text) returns it. */
export interface ProductRow {
  id: string;
  workspaceId: string;
  ownerId: string;
  name: string;
  description: string;
  sku: string;
  price: string | { toFixed(places: number): string };
  currency: string;
  stock: number;
  status: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export function toProductView(row: ProductRow): ProductView {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    ownerId: row.ownerId,
    name: row.name,
    description: row.description,
    sku: row.sku,
    price: typeof row.price === 'string' ? row.price : row.price.toFixed(2),
    currency: row.currency,
    stock: row.stock,
    status: row.status as ProductStatus,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The columns of a ProductView, for Prisma queries (the generated `search` column is never read). */
export const productSelect = {
  id: true,
  workspaceId: true,
  ownerId: true,
  name: true,
  description: true,
  sku: true,
  price: true,
  currency: true,
  stock: true,
  status: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** The same columns for raw SQL, price as text (what ProductRow accepts). */
export const PRODUCT_COLUMNS = Sql.raw(
  '"id", "workspaceId", "ownerId", "name", "description", "sku", "price"::text AS "price", "currency", "stock", "status"::text AS "status", "version", "createdAt", "updatedAt"',
);
