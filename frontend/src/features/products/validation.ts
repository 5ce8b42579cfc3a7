import { toApiError } from '../../lib/api-error';
import type { CreateProductRequest, ProductStatus, UpdateProductRequest } from './types';

/** The API's limits for a product (and the database's: price is DECIMAL(12,2), stock a 32-bit int). */
export const LIMITS = {
  nameMax: 200,
  descriptionMax: 5000,
  skuPattern: /^[A-Za-z0-9._-]{1,64}$/,
  pricePattern: /^\d{1,10}(\.\d{1,2})?$/,
  currencyPattern: /^[A-Z]{3}$/,
  stockMax: 2_147_483_647,
  tagMax: 40,
  tagsMax: 20,
} as const;

/** The API checks codes against the same list: Intl's ISO 4217 currencies (where the browser has it). */
function isKnownCurrency(code: string): boolean {
  const supported = (Intl as { supportedValuesOf?: (key: 'currency') => string[] }).supportedValuesOf;
  return supported ? supported('currency').includes(code) : true;
}

/** What the form edits: every value as typed, so partial input is never lost to a parse. */
export interface ProductFormValues {
  name: string;
  description: string;
  sku: string;
  price: string;
  currency: string;
  stock: string;
  /** Empty: no threshold. */
  lowStockThreshold: string;
  status: ProductStatus;
  categoryIds: string[];
  tags: string[];
}

export type ProductField = keyof ProductFormValues;
export type ProductErrors = Partial<Record<ProductField, string>>;

export function checkPrice(price: string): string | undefined {
  const value = price.trim();
  if (!value) return 'Enter a price.';
  if (!/^\d+(\.\d+)?$/.test(value)) return 'Enter a price of 0 or more, like 19.99.';
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return 'Use at most 2 decimal places.';
  if (!LIMITS.pricePattern.test(value)) return 'Price must be below 10,000,000,000.';
  return undefined;
}

export function checkStock(stock: string): string | undefined {
  const value = stock.trim();
  if (!value) return 'Enter the stock (0 or more).';
  if (!/^\d+$/.test(value)) return 'Stock must be a whole number of 0 or more.';
  if (Number(value) > LIMITS.stockMax) return `Stock must be at most ${LIMITS.stockMax.toLocaleString('en')}.`;
  return undefined;
}

export function validateProduct(values: ProductFormValues): ProductErrors {
  const errors: ProductErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Enter a name.';
  else if (name.length > LIMITS.nameMax) errors.name = `Name must be at most ${LIMITS.nameMax} characters.`;
  if (values.description.length > LIMITS.descriptionMax) {
    errors.description = `Description must be at most ${LIMITS.descriptionMax} characters.`;
  }
  const sku = values.sku.trim();
  if (!sku) errors.sku = 'Enter a SKU.';
  else if (sku.length > 64) errors.sku = 'SKU must be at most 64 characters.';
  else if (!LIMITS.skuPattern.test(sku)) errors.sku = 'Use only letters, digits, dot, dash and underscore.';
  const price = checkPrice(values.price);
  if (price) errors.price = price;
  const currency = values.currency.trim().toUpperCase();
  if (currency && !LIMITS.currencyPattern.test(currency)) {
    errors.currency = 'Use a 3-letter ISO 4217 code, like EUR or USD.';
  } else if (currency && !isKnownCurrency(currency)) {
    errors.currency = `${currency} is not an ISO 4217 currency code.`;
  }
  const stock = checkStock(values.stock);
  if (stock) errors.stock = stock;
  const threshold = values.lowStockThreshold.trim();
  if (threshold && (!/^\d+$/.test(threshold) || Number(threshold) < 1 || Number(threshold) > LIMITS.stockMax)) {
    errors.lowStockThreshold = 'Enter a whole number of 1 or more, or leave it empty.';
  }
  if (values.tags.length > LIMITS.tagsMax) errors.tags = `At most ${LIMITS.tagsMax} tags.`;
  return errors;
}

/** Every field as the API takes it. */
function fullBody(values: ProductFormValues): CreateProductRequest {
  const body: CreateProductRequest = {
    name: values.name.trim(),
    description: values.description,
    sku: values.sku.trim(),
    price: normalisePrice(values.price),
    stock: Number(values.stock.trim()),
    lowStockThreshold: values.lowStockThreshold.trim() ? Number(values.lowStockThreshold.trim()) : null,
    status: values.status,
    categoryIds: values.categoryIds,
    tags: values.tags,
  };
  // An empty currency means the server's default.
  const currency = values.currency.trim().toUpperCase();
  if (currency) body.currency = currency;
  return body;
}

/** The body for POST, or for PATCH only the fields that differ from `initial`. */
export function toProductBody(values: ProductFormValues): CreateProductRequest;
export function toProductBody(values: ProductFormValues, initial: ProductFormValues): UpdateProductRequest;
export function toProductBody(values: ProductFormValues, initial?: ProductFormValues): CreateProductRequest | UpdateProductRequest {
  const body = fullBody(values);
  if (!initial) return withoutDefaults(body);
  const before: Partial<Record<string, unknown>> = fullBody(initial);
  // Lists compare by their items: the same tags in the same order are no change.
  return Object.fromEntries(Object.entries(body).filter(([key, value]) => JSON.stringify(before[key]) !== JSON.stringify(value)));
}

/** A new product leaves out what it does not have (no threshold, categories or tags): the API's defaults. */
function withoutDefaults(body: CreateProductRequest): CreateProductRequest {
  const { lowStockThreshold, categoryIds, tags, ...rest } = body;
  return {
    ...rest,
    ...(lowStockThreshold !== null ? { lowStockThreshold } : {}),
    ...(categoryIds?.length ? { categoryIds } : {}),
    ...(tags?.length ? { tags } : {}),
  };
}

/** A tag as the API stores it: spaces collapsed, lower case (NFKC), so the chips show what will be saved. */
export function normaliseTag(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase().normalize('NFKC');
}

/** Why a typed tag cannot be added, if it cannot. */
export function checkTag(tag: string, existing: readonly string[]): string | undefined {
  if (!tag) return undefined;
  if (tag.includes(',')) return 'A tag cannot contain a comma.';
  if ([...tag].length > LIMITS.tagMax) return `A tag has at most ${LIMITS.tagMax} characters.`;
  if (existing.length >= LIMITS.tagsMax && !existing.includes(tag)) return `At most ${LIMITS.tagsMax} tags.`;
  return undefined;
}

/** "019.5" and "19.50" are the same price; send one canonical spelling. */
function normalisePrice(price: string): string {
  const [whole = '0', fraction] = price.trim().split('.');
  const integer = whole.replace(/^0+(?=\d)/, '');
  return fraction === undefined ? integer : `${integer}.${fraction}`;
}

/** 409 for a SKU the owner already uses: the contract says `sku_taken`, the API answers `duplicate_sku`. */
export function isSkuConflict(error: unknown): boolean {
  const apiError = toApiError(error);
  return apiError.status === 409 && apiError.code.includes('sku');
}
