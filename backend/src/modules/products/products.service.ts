import { classifyConnectionError, isUniqueViolation } from '../../lib/db-errors.js';
import { AppError, conflict, forbidden, notFound } from '../../lib/errors.js';
import type { Principal } from '../../lib/http/authenticate.js';
import type { Prisma } from '../../lib/db.js';
import { sessionRevoked } from '../auth/index.js';
import { canManage, canView } from './access.js';
import { DETAIL_TTL_SECONDS, LIST_NAMESPACE, productKey } from './cache-keys.js';
import type { ProductsDeps } from './deps.js';
import { productEtag, versionsFromIfMatch } from './etag.js';
import { parseIdempotencyKey, purgeExpiredKeys, requestHash, runIdempotent } from './idempotency.js';
import { productSelect, toProductView, type ProductView } from './product-view.js';
import type { CreateProductInput, UpdateProductInput } from './products.schemas.js';

export interface ProductResult {
  /** The product as JSON, sent as-is. */
  body: string;
  product: ProductView;
  etag: string;
}

/** One product, from the cache (any status) and then shown only if this caller may see it. */
export async function getProduct(
  deps: ProductsDeps,
  principal: Principal | undefined,
  id: string,
): Promise<ProductResult & { hit: boolean; stale?: true }> {
  const { value, hit, stale } = await deps.cache.getOrSet(
    productKey(id),
    DETAIL_TTL_SECONDS,
    async () => {
      const row = await deps.reads.read((db) => db.product.findUnique({ where: { id }, select: productSelect }));
      return row ? JSON.stringify(toProductView(row)) : null;
    },
    // A stale copy is the product as last written, its visibility still decided below per caller.
    { staleIfError: deps.staleIfError },
  );
  if (value === null) throw productNotFound();
  const product = JSON.parse(value) as ProductView;
  // Someone else's draft is "not found", exactly like an id that does not exist.
  if (!canView(principal, product)) throw productNotFound();
  return { body: value, product, etag: productEtag(product.id, product.version), hit, stale };
}

/**
 * Creates a product owned by the caller. With an Idempotency-Key, a retry of the same request
 * returns the first response (replayed) and a reuse of the key for another body is refused.
 */
export async function createProduct(
  deps: ProductsDeps,
  principal: Principal,
  input: CreateProductInput,
  idempotencyHeader: string | undefined,
): Promise<ProductResult & { replayed: boolean }> {
  const key = parseIdempotencyKey(idempotencyHeader);
  const data = { ...input, currency: input.currency ?? deps.defaultCurrency, ownerId: principal.userId };
  const insert = async (db: Pick<Prisma, 'product'>) => JSON.stringify(toProductView(await db.product.create({ data, select: productSelect })));

  let body: string;
  let replayed = false;
  try {
    if (key === undefined) {
      body = await insert(deps.prisma);
    } else {
      const keyed = { ownerId: principal.userId, scope: 'products.create', key, hash: requestHash(input) };
      const result = await runIdempotent(deps.prisma, keyed, async (tx) => ({ status: 201, body: await insert(tx) }));
      body = result.response.body;
      replayed = result.replayed;
      if (!replayed) await purgeExpiredKeys(deps.prisma).catch((err: unknown) => deps.logger.warn({ err }, 'purging expired idempotency keys failed'));
    }
  } catch (err) {
    await forgetIfOutcomeUnknown(deps, err);
    throw asOwnerGone(asDuplicateSku(err));
  }
  if (!replayed) {
    await deps.reads.wrote();
    await deps.cache.bumpNamespace(LIST_NAMESPACE);
  }
  const product = JSON.parse(body) as ProductView;
  return { body, product, etag: productEtag(product.id, product.version), replayed };
}

/**
 * Applies a partial update in one statement, `UPDATE ... WHERE id AND owner AND version IN (If-Match)`,
 * so two editors cannot both succeed against the same version and nothing is read before writing.
 */
export async function updateProduct(
  deps: ProductsDeps,
  principal: Principal,
  id: string,
  input: UpdateProductInput,
  ifMatch: string | undefined,
): Promise<ProductResult> {
  let rows;
  try {
    rows = await deps.prisma.product.updateManyAndReturn({
      where: writableWhere(principal, id, ifMatch),
      data: { ...input, version: { increment: 1 } },
      select: productSelect,
    });
  } catch (err) {
    await forgetIfOutcomeUnknown(deps, err, id);
    throw asDuplicateSku(err);
  }
  const row = rows[0];
  if (!row) throw await whyNotWritten(deps, principal, id);
  await invalidate(deps, id);
  const product = toProductView(row);
  return { body: JSON.stringify(product), product, etag: productEtag(product.id, product.version) };
}

/** Deletes under the same conditions as updateProduct, in one statement. */
export async function deleteProduct(deps: ProductsDeps, principal: Principal, id: string, ifMatch: string | undefined): Promise<void> {
  let count: number;
  try {
    ({ count } = await deps.prisma.product.deleteMany({ where: writableWhere(principal, id, ifMatch) }));
  } catch (err) {
    await forgetIfOutcomeUnknown(deps, err, id);
    throw err;
  }
  if (count === 0) throw await whyNotWritten(deps, principal, id);
  await invalidate(deps, id);
}

function writableWhere(principal: Principal, id: string, ifMatch: string | undefined) {
  const versions = versionsFromIfMatch(ifMatch, id);
  return {
    id,
    ...(principal.role === 'ADMIN' ? {} : { ownerId: principal.userId }),
    ...(versions === null ? {} : { version: { in: versions } }),
  };
}

/**
 * Why a guarded write matched no row; read only after it failed, to pick the answer. A product the
 * caller may not see is 404 (its existence is not revealed), one they may see but not change is
 * 403, and otherwise the If-Match named a version that is no longer current: 412.
 */
async function whyNotWritten(deps: ProductsDeps, principal: Principal, id: string): Promise<AppError> {
  const current = await deps.prisma.product.findUnique({ where: { id }, select: { ownerId: true, status: true } });
  if (!current || !canView(principal, current)) return productNotFound();
  if (!canManage(principal, current)) return forbidden('Only the owner or an admin can change this product', 'not_product_owner');
  return new AppError(412, 'precondition_failed', 'The product has changed since you read it (If-Match); fetch it again and retry');
}

// After the commit: the next read anywhere (every instance shares the Redis) sees the write, and
// the loader that refills the cache reads from a database that has it (reads.wrote() first).
async function invalidate(deps: ProductsDeps, id: string): Promise<void> {
  await deps.reads.wrote();
  await Promise.all([deps.cache.del(productKey(id)), deps.cache.bumpNamespace(LIST_NAMESPACE)]);
}

/**
 * When the connection broke under a write, it may have committed without our hearing of it: drop
 * what the cache holds for it anyway, so a committed change is never hidden behind a cached copy.
 */
async function forgetIfOutcomeUnknown(deps: ProductsDeps, err: unknown, id?: string): Promise<void> {
  if (classifyConnectionError(err) !== 'unreachable') return;
  await Promise.all([id ? deps.cache.del(productKey(id)) : true, deps.cache.bumpNamespace(LIST_NAMESPACE)]);
}

function asDuplicateSku(err: unknown): unknown {
  if (isUniqueViolation(err)) return conflict('duplicate_sku', 'You already have a product with this sku');
  return err;
}

// ownerId is the product's only foreign key: its violation means the caller's user row is gone
// (deleted outside the API) while the session state cached for its token still says active
// (modules/auth/session-state.ts, for a few seconds). That is a dead session: the auth module's answer.
function asOwnerGone(err: unknown): unknown {
  if ((err as { code?: string } | null)?.code !== 'P2003') return err;
  return sessionRevoked(err);
}

export const productNotFound = () => notFound('product_not_found', 'No product has this id');
