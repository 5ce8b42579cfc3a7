import type { Transaction } from '../../../lib/db-context.js';
import { isRowSecurityRefusal, isUniqueViolation } from '../../../lib/db-errors.js';
import { JobFailure, type JobRowInput } from '../../jobs/index.js';
import type { ProductsDeps } from '../deps.js';
import type { CreateProductInput, UpdateProductInput } from '../products.schemas.js';
import type { ColumnMapping } from './mapping.js';
import { parseRow, skuOf, type CategoryTree, type RowError } from './rows.js';

/** One data row of the file: its position (1 = the first after the header) and its cells. */
export interface FileRow {
  row: number;
  cells: string[];
}

export interface ChunkContext {
  jobId: string;
  workspaceId: string;
  ownerId: string;
  headers: readonly string[];
  mapping: ColumnMapping;
  tree: CategoryTree;
  defaultCurrency: string;
  /**
   * Each write in its own savepoint, so that one refused by the database (a SKU another writer took
   * a moment ago) fails its row rather than the chunk. Slower: for the retry of a chunk that failed so.
   */
  careful: boolean;
}

/** What a chunk wrote, for the caches once it commits. */
export interface ChunkResult {
  rows: JobRowInput[];
  written: string[];
}

/** A product of the workspace as a chunk compares a row with it (locked until the chunk commits). */
interface Existing {
  id: string;
  key: string;
  name: string;
  description: string;
  price: string;
  currency: string;
  stock: number;
  lowStockThreshold: number | null;
  status: string;
  categoryIds: string[];
  tags: string[];
  version: number;
}

export const DUPLICATE_SKU = 'An earlier row of this file has the same SKU (ignoring case)';

// Codes of this module's own row refusals; any other (Joi's: string.max, any.required...) is a validation failure.
const OWN_CODES = new Set(['formula_cell', 'unknown_category', 'column_count', 'duplicate_sku_in_file']);

/**
 * Applies one chunk of rows inside the chunk's transaction (modules/jobs commitChunk: the products,
 * these rows' JobRow records and the job's counts commit together). Each row creates or updates
 * the workspace's product with its SKU (ignoring case; a product in the trash is not found), or
 * fails on its own: validation (products.schemas.ts), a formula, an unknown category, or a SKU an
 * earlier row of the file had (ImportSku, committed with the chunks, remembers them across attempts).
 */
export async function applyChunk(deps: Pick<ProductsDeps, 'categories'>, tx: Transaction, rows: FileRow[], c: ChunkContext): Promise<ChunkResult> {
  const [{ allowed }] = await tx.$queryRaw<[{ allowed: boolean }]>`SELECT shelfwise_may_write_products(${c.workspaceId}::uuid) AS "allowed"`;
  if (!allowed) throw new JobFailure('The account that started this import may no longer create or change products in this workspace');

  const keyOf = new Map<number, string>();
  const firstInChunk = new Map<string, number>();
  for (const { row, cells } of rows) {
    const sku = skuOf(cells, c.headers, c.mapping);
    if (sku === null) continue;
    const key = sku.toLowerCase();
    keyOf.set(row, key);
    if (!firstInChunk.has(key)) firstInChunk.set(key, row);
  }
  const keys = [...firstInChunk.keys()];
  const fresh = new Set(
    keys.length === 0
      ? []
      : (await tx.$queryRaw<Array<{ sku: string }>>`
          INSERT INTO "ImportSku" ("jobId", "sku", "row")
          SELECT ${c.jobId}::uuid, s, r FROM unnest(${keys}::text[], ${keys.map((k) => firstInChunk.get(k)!)}::int[]) AS t(s, r)
          ON CONFLICT DO NOTHING RETURNING "sku"`).map((r) => r.sku),
  );
  const existing = new Map(
    (fresh.size === 0 ? [] : await tx.$queryRaw<Existing[]>`
      SELECT "id", lower("sku") AS "key", "name", "description", "price"::text AS "price", "currency", "stock", "lowStockThreshold",
        "status"::text AS "status", "categoryIds"::text[] AS "categoryIds", "tags"::text[] AS "tags", "version"
      FROM "Product" WHERE "workspaceId" = ${c.workspaceId}::uuid AND "liveSku" = ANY(${[...fresh]}::text[])
      FOR UPDATE`).map((p) => [p.key, p]),
  );

  const results = new Map<number, JobRowInput>();
  const creates: Array<{ row: number; key: string; input: CreateProductInput }> = [];
  const updates: Array<{ row: number; product: Existing; change: UpdateProductInput }> = [];
  const failed = (row: number, cells: string[], errors: RowError[]) =>
    results.set(row, { row, outcome: 'failed', code: rowCode(errors), reason: errors.map((e) => e.message).join('; '), data: cellsByHeader(c.headers, cells) });

  const skuColumn = c.headers.find((h) => c.mapping[h] === 'sku') ?? null;
  for (const { row, cells } of rows) {
    const key = keyOf.get(row);
    if (key !== undefined && (firstInChunk.get(key) !== row || !fresh.has(key))) {
      failed(row, cells, [{ field: 'sku', column: skuColumn, code: 'duplicate_sku_in_file', message: DUPLICATE_SKU }]);
      continue;
    }
    const product = key === undefined ? undefined : existing.get(key);
    const parsed = parseRow(cells, c, product !== undefined);
    if (!parsed.input) failed(row, cells, parsed.errors);
    else if (!product) creates.push({ row, key: key!, input: parsed.input as CreateProductInput });
    else {
      const change = changesOf(product, parsed.input);
      if (change === null) results.set(row, { row, outcome: 'unchanged', productId: product.id, version: product.version });
      else updates.push({ row, product, change });
    }
  }

  // Categories deleted since the tree was read: read again, and locked until this commits (modules/categories).
  const named = [...new Set([...creates.map((w) => w.input.categoryIds ?? []), ...updates.map((w) => w.change.categoryIds ?? [])].flat())];
  const gone = new Set(await deps.categories.unknownIdsForWrite(tx, named));
  const refusesGone = (row: number, ids: string[] | undefined) => {
    if (!ids?.some((id) => gone.has(id))) return false;
    const cells = rows.find((r) => r.row === row)!.cells;
    failed(row, cells, [{ field: 'categories', column: null, code: 'unknown_category', message: 'A category this row names was deleted during the import' }]);
    return true;
  };

  const written: string[] = [];
  const toCreate = creates.filter((w) => !refusesGone(w.row, w.input.categoryIds));
  const data = (input: CreateProductInput) => ({ ...input, currency: input.currency ?? c.defaultCurrency, ownerId: c.ownerId, workspaceId: c.workspaceId });
  if (!c.careful && toCreate.length > 0) {
    const made = await tx.product.createManyAndReturn({ data: toCreate.map((w) => data(w.input)), select: { id: true, sku: true, version: true } });
    const byKey = new Map(made.map((p) => [p.sku.toLowerCase(), p]));
    for (const w of toCreate) {
      const p = byKey.get(w.key)!;
      results.set(w.row, { row: w.row, outcome: 'applied', productId: p.id, version: p.version });
      written.push(p.id);
    }
  }
  for (const w of c.careful ? toCreate : []) {
    const p = await guarded(tx, () => tx.product.create({ data: data(w.input), select: { id: true, version: true } }));
    if ('refused' in p) results.set(w.row, refusedRow(w.row, rows, c.headers, p.refused));
    else {
      results.set(w.row, { row: w.row, outcome: 'applied', productId: p.id, version: p.version });
      written.push(p.id);
    }
  }
  for (const w of updates) {
    if (refusesGone(w.row, w.change.categoryIds)) continue;
    const write = () => tx.product.update({ where: { id: w.product.id }, data: { ...w.change, version: { increment: 1 } }, select: { id: true, version: true } });
    const p = c.careful ? await guarded(tx, write) : await write();
    if ('refused' in p) results.set(w.row, refusedRow(w.row, rows, c.headers, p.refused));
    else {
      results.set(w.row, { row: w.row, outcome: 'applied', productId: p.id, version: p.version });
      written.push(p.id);
    }
  }
  return { rows: rows.map((r) => results.get(r.row)!), written };
}

/** Runs one write in a savepoint: a refusal by the database rolls back only it. */
async function guarded<T>(tx: Transaction, write: () => Promise<T>): Promise<T | { refused: unknown }> {
  await tx.$executeRaw`SAVEPOINT import_row`;
  try {
    const result = await write();
    await tx.$executeRaw`RELEASE SAVEPOINT import_row`;
    return result;
  } catch (err) {
    if (!isUniqueViolation(err) && !isRowSecurityRefusal(err)) throw err;
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT import_row`;
    return { refused: err };
  }
}

function refusedRow(row: number, rows: FileRow[], headers: readonly string[], err: unknown): JobRowInput {
  const data = cellsByHeader(headers, rows.find((r) => r.row === row)!.cells);
  if (isUniqueViolation(err)) return { row, outcome: 'conflict', code: 'duplicate_sku', reason: 'Another product of this workspace took this SKU during the import', data };
  return { row, outcome: 'refused', code: 'insufficient_workspace_role', reason: 'The database refused this write: the role of the account that started the import no longer allows it', data };
}

/** Whether a chunk's failure is one its careful retry turns into failed rows. */
export const isRowRefusal = (err: unknown) => isUniqueViolation(err) || isRowSecurityRefusal(err);

const rowCode = (errors: RowError[]) => (OWN_CODES.has(errors[0]!.code) ? errors[0]!.code : 'validation_failed');

/** The row as the file had it, for the failed-rows CSV: every header's cell, empty where the row was short. */
const cellsByHeader = (headers: readonly string[], cells: readonly string[]) =>
  Object.fromEntries(headers.map((header, i) => [header, cells[i] ?? '']));

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** The fields of `input` that differ from the product as it is; null when none do (the row is 'unchanged'). */
export function changesOf(product: Existing, input: UpdateProductInput): UpdateProductInput | null {
  const change: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input) as Array<[keyof UpdateProductInput, unknown]>) {
    if (value === undefined || field === 'sku') continue;
    const now = product[field as keyof Existing];
    const same = Array.isArray(value) ? sameList(now as string[], value as string[]) : now === value;
    if (!same) change[field] = value;
  }
  return Object.keys(change).length === 0 ? null : change;
}
