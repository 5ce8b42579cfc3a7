import type Joi from 'joi';
import type { Categories } from '../../categories/index.js';
import { createProductBody, updateProductBody, type CreateProductInput, type UpdateProductInput } from '../products.schemas.js';
import type { ColumnMapping, ImportField } from './mapping.js';

/** The category tree as the categories module hands it out (cached, whole). */
export type CategoryTree = Awaited<ReturnType<Categories['tree']>>;

/** What is wrong with one row: the field and column concerned (null: the row as a whole). */
export interface RowError {
  field: ImportField | null;
  column: string | null;
  code: string;
  message: string;
}

/** A row made into a product's create or update body, or the reasons it cannot be. */
export interface ParsedRow {
  /** The SKU cell as given (trimmed); null when the row has none. */
  sku: string | null;
  /** The validated body (an update's without the SKU, which only finds the product); absent when `errors`. */
  input?: CreateProductInput | UpdateProductInput;
  errors: RowError[];
}

// A cell a spreadsheet would run: =, @, a leading tab or carriage return, or + and - other than in
// a plain number ("-5" is a number, refused or not by the field's own rule; "-2+3" is a formula).
const FORMULA_START = /^[=@]/;
const SIGNED = /^[+-]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
// The apostrophe a spreadsheet (and this API's export, lib/csv.ts) puts before such a cell to keep it text.
const ESCAPED = /^'(?=[=+\-@\t\r])/;

function isFormula(raw: string): boolean {
  if (/^[\t\r]/.test(raw)) return true;
  const value = raw.trim();
  return FORMULA_START.test(value) || (SIGNED.test(value) && !PLAIN_NUMBER.test(value));
}

/** Between several categories or tags in one cell (tags hold no comma: they may be split by one too). */
const LIST = /\|/;
const TAG_LIST = /[|,]/;

const sameName = (a: string, b: string) => a.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase() === b.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * One category as a file names it: a path of names ("Kitchen > Teapots"), a path of slugs
 * ("kitchen/teapots", as the export writes it), a slug, a name found once in the tree, or an id.
 */
export function findCategory(tree: CategoryTree, name: string): string | null {
  if (name.includes('>')) {
    let id: string | null = null;
    for (const part of name.split('>').map((p) => p.trim())) {
      const next: { id: string } | undefined = tree.children(id).find((c) => sameName(c.name, part) || c.slug === part.toLowerCase());
      if (!next) return null;
      id = next.id;
    }
    return id;
  }
  if (name.includes('/')) {
    const parts = name.split('/').map((p) => p.trim().toLowerCase());
    const found = tree.find(parts.at(-1)!);
    return found && found.path.join('/') === parts.join('/') ? found.id : null;
  }
  const bySlugOrId = tree.find(name);
  if (bySlugOrId) return bySlugOrId.id;
  const named = tree.list.filter((c) => sameName(c.name, name));
  return named.length === 1 ? named[0]!.id : null;
}

/** A cell as a value: trimmed, and without the apostrophe that kept a formula-like text from running. */
const valueOf = (raw: string) => raw.trim().replace(ESCAPED, '');

/** The row's SKU as it finds the product (before any other check), or null when it has none usable. */
export function skuOf(cells: readonly string[], headers: readonly string[], mapping: ColumnMapping): string | null {
  const at = headers.findIndex((h) => mapping[h] === 'sku');
  const raw = at < 0 ? '' : (cells[at] ?? '');
  if (isFormula(raw)) return null;
  return valueOf(raw) || null;
}

export interface RowContext {
  headers: readonly string[];
  mapping: ColumnMapping;
  tree: CategoryTree;
}

/**
 * Reads one data row (its cells by position) the way a create or update request body is read,
 * with the very schemas of products.schemas.ts: `exists` says which (the SKU names a product of the
 * workspace). Empty cells are "not given": a create takes the defaults, an update leaves the field.
 */
export function parseRow(cells: readonly string[], context: RowContext, exists: boolean): ParsedRow {
  const { headers, mapping } = context;
  const errors: RowError[] = [];
  const extra = cells.slice(headers.length).filter((c) => c.trim() !== '').length;
  if (extra > 0) {
    errors.push({ field: null, column: null, code: 'column_count', message: `The row has ${cells.length} cells; the header has ${headers.length} columns` });
  }
  const given = new Map<ImportField, { value: string; column: string }>();
  headers.forEach((column, i) => {
    const field = mapping[column];
    const raw = cells[i] ?? '';
    if (!field) return;
    if (isFormula(raw)) {
      errors.push({
        field, column, code: 'formula_cell',
        message: `"${column}" starts like a spreadsheet formula (${JSON.stringify(raw.trim().slice(0, 20))}); put an apostrophe before it to import it as text`,
      });
      return;
    }
    const value = valueOf(raw);
    if (value !== '') given.set(field, { value, column });
  });
  const sku = given.get('sku')?.value ?? null;

  const body: Record<string, unknown> = {};
  const columnOf = new Map<string, string>();
  const put = (key: string, field: ImportField, value: unknown) => {
    body[key] = value;
    columnOf.set(key, given.get(field)!.column);
  };
  for (const [field, { value }] of given) {
    if (field === 'categories') put('categoryIds', field, categoryIds(value, context, given.get(field)!.column, errors));
    else if (field === 'tags') put('tags', field, value.split(TAG_LIST).map((t) => t.trim()).filter(Boolean));
    else if (field === 'status') put(field, field, value.toLowerCase());
    // A decimal comma ("19,90") is how much of the world writes a price, and ";" files often come with one.
    else if (field === 'price') put(field, field, /^\d+,\d{1,2}$/.test(value) ? value.replace(',', '.') : value);
    else put(field, field, value);
  }

  const result = (exists ? updateProductBody : createProductBody).validate(body, { abortEarly: false, convert: true });
  // A field refused as a formula is not also "required": one reason per cell.
  const refused = new Set(errors.map((e) => e.field));
  for (const detail of result.error?.details ?? []) {
    const error = toRowError(detail, columnOf);
    if (!refused.has(error.field)) errors.push(error);
  }
  if (errors.length > 0) return { sku, errors };
  const input = result.value as UpdateProductInput;
  if (exists) delete input.sku;
  return { sku, input, errors };
}

function categoryIds(cell: string, context: RowContext, column: string, errors: RowError[]): string[] {
  const ids: string[] = [];
  for (const name of cell.split(LIST).map((n) => n.trim()).filter(Boolean)) {
    const id = findCategory(context.tree, name);
    if (id === null) errors.push({ field: 'categories', column, code: 'unknown_category', message: `"${column}" names a category that does not exist: ${JSON.stringify(name)}` });
    else if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

const FIELD_OF_KEY: Record<string, ImportField> = { categoryIds: 'categories' };

function toRowError(detail: Joi.ValidationErrorItem, columnOf: Map<string, string>): RowError {
  const key = String(detail.path[0] ?? '');
  const field = (FIELD_OF_KEY[key] ?? key) as ImportField;
  const column = columnOf.get(key) ?? null;
  // Joi names the body's key ("price"); the person fixing the file knows the column.
  const message = detail.message.replace(/^"[^"]*"/, `"${column ?? field}"`);
  return { field: column === null && key === '' ? null : field, column, code: detail.type, message };
}
