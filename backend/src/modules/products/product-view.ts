import { Prisma as Sql } from '../../generated/prisma/client.js';
import { variantPath, variantWidths } from './images/variants.js';

export type ProductStatus = 'draft' | 'active' | 'archived';
export const PRODUCT_STATUSES: readonly ProductStatus[] = ['draft', 'active', 'archived'];

export type StockState = 'in' | 'low' | 'out';
export const STOCK_STATES: readonly StockState[] = ['in', 'low', 'out'];

/** A picture as the API returns it: `url` is the largest variant, `srcset` lists them all. */
export interface ImageView {
  id: string;
  width: number;
  height: number;
  url: string;
  srcset: string;
}

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
  lowStockThreshold: number | null;
  /** out: none left; low: under lowStockThreshold; in: otherwise. */
  stockState: StockState;
  status: ProductStatus;
  categoryIds: string[];
  tags: string[];
  /** In order; the first is the primary picture. */
  images: ImageView[];
  /** Set while the product is in the trash, with the time it will be purged. */
  trashedAt: string | null;
  purgeAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A stored picture as either query returns it. */
export interface ImageRow {
  id: string;
  digest: string;
  width: number;
  height: number;
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
  lowStockThreshold: number | null;
  status: string;
  categoryIds: string[] | null;
  tags: string[] | null;
  images: ImageRow[];
  trashedAt: Date | string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** How long a product stays restorable in the trash; then the purge job (trash.ts) deletes it. */
export const TRASH_RETENTION_DAYS = 30;
const TRASH_RETENTION_MS = TRASH_RETENTION_DAYS * 86_400_000;

function stockStateOf(stock: number, lowStockThreshold: number | null): StockState {
  if (stock <= 0) return 'out';
  return lowStockThreshold !== null && stock < lowStockThreshold ? 'low' : 'in';
}

export function toImageView(image: ImageRow): ImageView {
  const widths = variantWidths(image.width);
  return {
    id: image.id,
    width: image.width,
    height: image.height,
    url: variantPath(image.digest, widths.at(-1)!),
    srcset: widths.map((w) => `${variantPath(image.digest, w)} ${w}w`).join(', '),
  };
}

export function toProductView(row: ProductRow): ProductView {
  // json_agg (the list query) returns timestamps as text; Prisma as Dates.
  const trashedAt = row.trashedAt === null ? null : new Date(row.trashedAt);
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
    lowStockThreshold: row.lowStockThreshold,
    stockState: stockStateOf(row.stock, row.lowStockThreshold),
    status: row.status as ProductStatus,
    categoryIds: row.categoryIds ?? [],
    tags: row.tags ?? [],
    images: row.images.map(toImageView),
    trashedAt: trashedAt?.toISOString() ?? null,
    purgeAt: trashedAt === null ? null : new Date(trashedAt.getTime() + TRASH_RETENTION_MS).toISOString(),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

// Mutable, as Prisma's types want it (the object below is read-only).
const IMAGE_ORDER: { position?: 'asc'; id?: 'asc' }[] = [{ position: 'asc' }, { id: 'asc' }];

/** The columns of a ProductView, for Prisma queries (the generated `search` and `liveSku` columns are never read). */
export const productSelect = {
  ...productColumns(),
  images: { select: { id: true, digest: true, width: true, height: true }, orderBy: IMAGE_ORDER },
} as const;

/** The same without the pictures, for the queries that cannot read a relation (updateManyAndReturn): imagesOf adds them. */
export const productScalarSelect = productColumns();

function productColumns() {
  return {
  id: true,
  workspaceId: true,
  ownerId: true,
  name: true,
  description: true,
  sku: true,
  price: true,
  currency: true,
  stock: true,
  lowStockThreshold: true,
  status: true,
  categoryIds: true,
  tags: true,
  trashedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  } as const;
}

/** A product row from productScalarSelect, with its pictures read in the same transaction. */
export async function withImages<T extends { id: string }>(
  tx: { productImage: { findMany(args: { where: { productId: string }; select: { id: true; digest: true; width: true; height: true }; orderBy: typeof IMAGE_ORDER }): Promise<ImageRow[]> } },
  row: T,
): Promise<T & { images: ImageRow[] }> {
  const images = await tx.productImage.findMany({ where: { productId: row.id }, select: { id: true, digest: true, width: true, height: true }, orderBy: IMAGE_ORDER });
  return { ...row, images };
}

/**
 * The same columns for raw SQL over "Product" (or a view aliased so), price as text (what
 * ProductRow accepts) and the pictures as one JSON array (a lookup per row on the productId index).
 */
export const PRODUCT_COLUMNS = Sql.raw(
  `"id", "workspaceId", "ownerId", "name", "description", "sku", "price"::text AS "price", "currency", "stock", "lowStockThreshold", "status"::text AS "status", "categoryIds"::text[] AS "categoryIds", "tags"::text[] AS "tags", "trashedAt", "version", "createdAt", "updatedAt",
  (SELECT coalesce(json_agg(json_build_object('id', i."id", 'digest', i."digest", 'width', i."width", 'height', i."height") ORDER BY i."position", i."id"), '[]'::json)
     FROM "ProductImage" i WHERE i."productId" = "Product"."id") AS "images"`,
);
