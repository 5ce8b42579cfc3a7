import Joi from 'joi';
import { badRequest } from '../../../lib/errors.js';

/** What a column can be imported as: a product's fields, categories and tags as text. */
export const IMPORT_FIELDS = ['sku', 'name', 'description', 'price', 'currency', 'stock', 'lowStockThreshold', 'status', 'categories', 'tags'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Each header of the file → the field its column is imported as, or null (left out). */
export type ColumnMapping = Record<string, ImportField | null>;

// The names people (and other systems' exports) give these columns, in the normalised form below.
// This file's own export (modules/products/export) writes the field names themselves.
const SYNONYMS: Record<ImportField, string[]> = {
  sku: ['sku', 'skus', 'sku code', 'sku number', 'item sku', 'product sku', 'product code', 'item code', 'article number', 'item number', 'part number', 'ref', 'reference', 'code'],
  name: ['name', 'product name', 'product', 'title', 'product title', 'item name', 'item'],
  description: ['description', 'desc', 'product description', 'long description', 'details'],
  price: ['price', 'unit price', 'retail price', 'sale price', 'selling price'],
  currency: ['currency', 'currency code', 'curr', 'ccy'],
  stock: ['stock', 'qty', 'quantity', 'stock quantity', 'stock qty', 'stock level', 'inventory', 'on hand', 'quantity on hand', 'units in stock', 'in stock'],
  lowStockThreshold: ['low stock threshold', 'low stock', 'low stock at', 'reorder level', 'reorder point', 'minimum stock', 'min stock', 'threshold'],
  status: ['status', 'state', 'product status'],
  categories: ['categories', 'category', 'category path', 'category paths', 'department', 'departments'],
  tags: ['tags', 'tag', 'keywords', 'labels', 'label'],
};
const BY_NAME = new Map(Object.entries(SYNONYMS).flatMap(([field, names]) => names.map((name) => [name, field as ImportField])));

/**
 * A header as compared: "Product_Name", " product name " and "productName" are all "product name";
 * accents and punctuation go ("Qté." is "qte").
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The field a header names, if any: exactly, or once a bracketed note is dropped ("Price (EUR)"). */
export function fieldForHeader(header: string): ImportField | null {
  const exact = BY_NAME.get(normaliseHeader(header));
  if (exact) return exact;
  const bare = header.replace(/[([{].*?[)\]}]/g, ' ');
  return bare === header ? null : (BY_NAME.get(normaliseHeader(bare)) ?? null);
}

/** The mapping proposed for a file: each field for the first header that names it, the rest left out. */
export function autoMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  const mapping: ColumnMapping = {};
  for (const header of headers) {
    const field = fieldForHeader(header);
    mapping[header] = field && !taken.has(field) ? field : null;
    if (field) taken.add(field);
  }
  return mapping;
}

/** The body of preview and start: each header (of this file) → a field or null; headers left out are null. */
export const mappingBody = Joi.object({
  mapping: Joi.object()
    .pattern(Joi.string().max(1_000), Joi.string().valid(...IMPORT_FIELDS).allow(null))
    .max(1_000)
    .required()
    .description(`Header → field (${IMPORT_FIELDS.join(', ')}) or null to leave the column out; each field at most once.`),
});

/**
 * The mapping as the import uses it: one entry per header of the file. A header the file does not
 * have, or a field chosen for two columns, is refused (400) rather than guessed at.
 */
export function checkedMapping(headers: readonly string[], given: Record<string, ImportField | null>): ColumnMapping {
  const known = new Set(headers);
  const unknown = Object.keys(given).filter((header) => !known.has(header));
  if (unknown.length > 0) {
    throw badRequest('unknown_column', 'The mapping names a column the file does not have', unknown.map((header) => ({
      in: 'body' as const, field: `mapping.${header}`, message: `"${header}" is not a header of this file`, code: 'mapping.unknown_column',
    })));
  }
  const mapping: ColumnMapping = {};
  const columnOf = new Map<ImportField, string>();
  const twice: string[] = [];
  for (const header of headers) {
    const field = given[header] ?? null;
    mapping[header] = field;
    if (field === null) continue;
    if (columnOf.has(field)) twice.push(header);
    else columnOf.set(field, header);
  }
  if (twice.length > 0) {
    throw badRequest('duplicate_mapping', 'Two columns are mapped to the same field', twice.map((header) => ({
      in: 'body' as const, field: `mapping.${header}`, message: `"${header}" is mapped to "${mapping[header]}", as "${columnOf.get(mapping[header]!)}" already is`, code: 'mapping.duplicate_field',
    })));
  }
  return mapping;
}

export const mapsSku = (mapping: ColumnMapping) => Object.values(mapping).includes('sku');
