import { applyDbContext, inDbContext, type DbContext, type Transaction } from '../../lib/db-context.js';
import { classifyConnectionError, isRowSecurityRefusal, isUniqueViolation } from '../../lib/db-errors.js';
import { AppError, badRequest, conflict, notFound } from '../../lib/errors.js';
import type { Principal } from '../../lib/http/authenticate.js';
import { sessionRevoked } from '../auth/index.js';
import { assertAllowed, dbContextOf, type Actor } from '../workspaces/index.js';
import { assertMayChange, canView, reader } from './access.js';
import { DETAIL_TTL_SECONDS, LIST_NAMESPACE, productKey } from './cache-keys.js';
import type { ProductsDeps } from './deps.js';
import { productEtag, versionsFromIfMatch } from './etag.js';
import { parseIdempotencyKey, purgeExpiredKeys, requestHash, runIdempotent } from './idempotency.js';
import { PRODUCT_COLUMNS, productScalarSelect, productSelect, toProductView, withImages, type ProductRow, type ProductView } from './product-view.js';
import type { CreateProductInput, UpdateProductInput } from './products.schemas.js';

export interface ProductResult {
  /** The product as JSON, sent as-is. */
  body: string;
  product: ProductView;
  etag: string;
}

/** A product row as an answer: its view, serialised once, and its ETag. */
export function productResult(row: ProductRow): ProductResult {
  const product = toProductView(row);
  return { body: JSON.stringify(product), product, etag: productEtag(product.id, product.version) };
}

/** A product as the cache holds it (its view's JSON, sent as-is), with its view and ETag. */
export function cachedProduct(body: string): ProductResult {
  const product = JSON.parse(body) as ProductView;
  return { body, product, etag: productEtag(product.id, product.version) };
}

/** One product: an active one from the cache (the public catalogue), any other read for the caller who may see it. */
export async function getProduct(
  deps: ProductsDeps,
  principal: Principal | undefined,
  id: string,
  /** A workspace's route: a product of any other workspace is not found there. */
  within?: string,
): Promise<ProductResult & { hit: boolean; stale?: true }> {
  const { value, hit, stale } = await deps.cache.getOrSet(
    productKey(id),
    DETAIL_TTL_SECONDS,
    async () => {
      const rows = await deps.reads.read((db) => db.$queryRaw<ProductRow[]>`SELECT ${PRODUCT_COLUMNS} FROM "CatalogueProduct" AS "Product" WHERE "id" = ${id}::uuid`);
      return rows[0] ? JSON.stringify(toProductView(rows[0])) : null;
    },
    // Only active products are cached, so a stale copy is public too.
    { staleIfError: deps.staleIfError },
  );
  if (value !== null) {
    const cached = cachedProduct(value);
    if (within !== undefined && cached.product.workspaceId !== within) throw productNotFound();
    return { ...cached, hit, stale };
  }
  // Not in the catalogue: a draft or archived product, which only its workspace's members (and
  // platform admins) may read. Read with their rights, never cached.
  const caller = reader(principal);
  if (!caller) throw productNotFound();
  const row = await inDbContext(deps.prisma, dbContextOf(caller), (tx) =>
    tx.product.findUnique({ where: { id }, select: productSelect }),
  );
  if (!row || (within !== undefined && row.workspaceId !== within)) throw productNotFound();
  // Someone else's draft is "not found", exactly like an id that does not exist.
  if (!canView(await deps.workspaces.actorIn(caller, row.workspaceId), row)) throw productNotFound();
  return { ...productResult(row), hit: false };
}

/** Where a product is created, and the caller's standing there (modules/workspaces). */
export interface TargetWorkspace {
  id: string;
  actor: Actor;
}

/**
 * Creates a product in `workspace`, the caller as its creator. With an Idempotency-Key, a retry of
 * the same request returns the first response (replayed) and a reuse of the key for another body is refused.
 */
export async function createProduct(
  deps: ProductsDeps,
  principal: Principal,
  workspace: TargetWorkspace,
  input: CreateProductInput,
  idempotencyHeader: string | undefined,
): Promise<ProductResult & { replayed: boolean }> {
  assertAllowed(workspace.actor, 'product.create');
  const key = parseIdempotencyKey(idempotencyHeader);
  const data = { ...input, currency: input.currency ?? deps.defaultCurrency, ownerId: principal.userId, workspaceId: workspace.id };
  const context = dbContextOf(principal, workspace.id);
  const insert = async (tx: Transaction) => {
    await applyDbContext(tx, context);
    await assertCategoriesExist(deps, tx, input.categoryIds);
    return JSON.stringify(toProductView(await tx.product.create({ data, select: productSelect })));
  };

  let body: string;
  let replayed = false;
  try {
    if (key === undefined) {
      body = await deps.prisma.$transaction(insert);
    } else {
      // Per workspace: the same key sent to two workspaces makes two products, one in each.
      const keyed = { ownerId: principal.userId, scope: `products.create:${workspace.id}`, key, hash: requestHash(input) };
      const result = await runIdempotent(deps.prisma, keyed, async (tx) => ({ status: 201, body: await insert(tx) }));
      body = result.response.body;
      replayed = result.replayed;
      if (!replayed) await purgeExpiredKeys(deps.prisma).catch((err: unknown) => deps.logger.warn({ err }, 'purging expired idempotency keys failed'));
    }
  } catch (err) {
    await forgetIfOutcomeUnknown(deps, err);
    if (isRowSecurityRefusal(err)) throw await refusedByDatabase(deps, principal, err);
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
 * Applies a partial update guarded by If-Match: `UPDATE ... WHERE id AND version IN (If-Match)`, so
 * two editors cannot both succeed against the same version. The product's workspace is read first,
 * in the same transaction, to decide the caller's rights there.
 */
export async function updateProduct(
  deps: ProductsDeps,
  principal: Principal,
  id: string,
  input: UpdateProductInput,
  ifMatch: string | undefined,
  within?: string,
): Promise<ProductResult> {
  return changeProduct(deps, principal, id, ifMatch, within, async (tx) => {
    await assertCategoriesExist(deps, tx, input.categoryIds);
    return input;
  });
}

/**
 * updateProduct's guarded write, for a change whose fields are decided in its transaction once the
 * caller's rights are checked (a revert reads them from the history); `context` says why, for the
 * history (lib/db-context.ts).
 */
export async function changeProduct(
  deps: ProductsDeps,
  principal: Principal,
  id: string,
  ifMatch: string | undefined,
  within: string | undefined,
  fields: (tx: Transaction) => Promise<UpdateProductInput>,
  context: Pick<DbContext, 'change' | 'revertedTo'> = {},
): Promise<ProductResult> {
  const versions = versionsFromIfMatch(ifMatch, id);
  let row;
  try {
    row = await inDbContext(deps.prisma, { ...dbContextOf(principal), ...context }, async (tx) => {
      await authorizeWrite(deps, tx, principal, id, 'product.update', within);
      const data = await fields(tx);
      const rows = await tx.product.updateManyAndReturn({ where: guarded(id, versions), data: { ...data, version: { increment: 1 } }, select: productScalarSelect });
      if (!rows[0]) throw await whyNotWritten(deps, tx, principal, id, versions);
      return withImages(tx, rows[0]);
    });
  } catch (err) {
    await forgetIfOutcomeUnknown(deps, err, id);
    throw asDuplicateSku(err);
  }
  await invalidate(deps, id);
  return productResult(row);
}

/**
 * Moves a product to the trash, under the same conditions as updateProduct: out of every list and
 * the public catalogue, restorable until the purge (trash.ts). Already in the trash: nothing to do.
 */
export async function trashProduct(deps: ProductsDeps, principal: Principal, id: string, ifMatch: string | undefined, within?: string): Promise<void> {
  await changeTrashState(deps, principal, id, ifMatch, within, 'trash');
}

/** Takes a product out of the trash; 409 duplicate_sku when a live product has taken its SKU meanwhile. */
export async function restoreProduct(deps: ProductsDeps, principal: Principal, id: string, ifMatch: string | undefined, within?: string): Promise<ProductResult> {
  const row = await changeTrashState(deps, principal, id, ifMatch, within, 'restore');
  return productResult(row!);
}

/** Deletes a product in the trash now, rather than at its purge; one outside the trash is refused (409 not_in_trash). */
export async function purgeProduct(deps: ProductsDeps, principal: Principal, id: string, ifMatch: string | undefined, within?: string): Promise<void> {
  const versions = versionsFromIfMatch(ifMatch, id);
  try {
    await inDbContext(deps.prisma, dbContextOf(principal), async (tx) => {
      const current = await authorizeWrite(deps, tx, principal, id, 'product.delete', within, { inTrash: 'allowed' });
      if (current.trashedAt === null) throw notInTrash();
      const { count } = await tx.product.deleteMany({ where: { ...guarded(id, versions), trashedAt: { not: null } } });
      if (count === 0) throw await whyNotWritten(deps, tx, principal, id, versions);
    });
  } catch (err) {
    await forgetIfOutcomeUnknown(deps, err, id);
    throw err;
  }
  await invalidate(deps, id);
}

async function changeTrashState(
  deps: ProductsDeps,
  principal: Principal,
  id: string,
  ifMatch: string | undefined,
  within: string | undefined,
  change: 'trash' | 'restore',
): Promise<ProductRow | null> {
  const versions = versionsFromIfMatch(ifMatch, id);
  let row: ProductRow | null;
  try {
    row = await inDbContext(deps.prisma, dbContextOf(principal), async (tx) => {
      const current = await authorizeWrite(deps, tx, principal, id, change === 'trash' ? 'product.delete' : 'product.update', within, { inTrash: 'allowed' });
      if (change === 'trash' && current.trashedAt !== null) return null;
      if (change === 'restore' && current.trashedAt === null) throw notInTrash();
      const rows = await tx.product.updateManyAndReturn({
        where: { ...guarded(id, versions), trashedAt: change === 'trash' ? null : { not: null } },
        data: { trashedAt: change === 'trash' ? new Date() : null, version: { increment: 1 } },
        select: productScalarSelect,
      });
      if (!rows[0]) throw await whyNotWritten(deps, tx, principal, id, versions);
      return withImages(tx, rows[0]);
    });
  } catch (err) {
    await forgetIfOutcomeUnknown(deps, err, id);
    if (change === 'restore' && isUniqueViolation(err)) {
      throw conflict('duplicate_sku', 'A product outside the trash has this SKU now; change its SKU (or this one\'s) first');
    }
    throw err;
  }
  await invalidate(deps, id);
  return row;
}

const notInTrash = () => conflict('not_in_trash', 'This product is not in the trash; move it there first (DELETE without permanent)');

// Checked in the transaction that files the product: until it ends, none of these categories can be
// deleted (modules/categories holds them), so no product is filed under a category that is gone.
async function assertCategoriesExist(deps: ProductsDeps, tx: Transaction, ids: string[] | undefined): Promise<void> {
  if (ids === undefined || ids.length === 0) return;
  const unknown = await deps.categories.unknownIdsForWrite(tx, ids);
  if (unknown.length === 0) return;
  throw badRequest('unknown_category', 'The product names a category that does not exist', unknown.map((id) => ({
    in: 'body' as const,
    field: `categoryIds[${ids.indexOf(id)}]`,
    message: `"categoryIds" ${id} names no category`,
    code: 'category.unknown',
  })));
}

const guarded = (id: string, versions: number[] | null) => ({ id, ...(versions === null ? {} : { version: { in: versions } }) });

/**
 * Decides whether the caller may change this product, and if so makes the transaction's workspace
 * the product's, which row-level security then requires of the write. A product the caller may not
 * see is 404 (its existence is not revealed); one they may see but not change is 403.
 */
export async function authorizeWrite(
  deps: ProductsDeps,
  tx: Transaction,
  principal: Principal,
  id: string,
  action: 'product.update' | 'product.delete',
  within: string | undefined,
  /** A product in the trash can only be restored or purged, unless the caller says otherwise. */
  options: { inTrash: 'refused' | 'allowed' } = { inTrash: 'refused' },
): Promise<{ trashedAt: Date | null }> {
  const current = await tx.product.findUnique({ where: { id }, select: { workspaceId: true, status: true, trashedAt: true } });
  if (!current || (within !== undefined && current.workspaceId !== within)) throw productNotFound();
  const actor = await deps.workspaces.actorIn(principal, current.workspaceId);
  if (!canView(actor, current)) throw productNotFound();
  assertMayChange(actor, action);
  if (current.trashedAt !== null && options.inTrash === 'refused') {
    throw conflict('product_in_trash', 'This product is in the trash; restore it before changing it');
  }
  await applyDbContext(tx, { workspaceId: current.workspaceId });
  return current;
}

/**
 * Why a guarded write matched no row after authorizeWrite passed: gone meanwhile (404), a stale
 * If-Match (412), or, at the version asked for, refused by row-level security because the caller's
 * role changed since their memberships were cached (403, and the cache is dropped).
 */
async function whyNotWritten(deps: ProductsDeps, tx: Transaction, principal: Principal, id: string, versions: number[] | null): Promise<AppError> {
  const current = await tx.product.findUnique({ where: { id }, select: { version: true } });
  if (!current) return productNotFound();
  if (versions === null || versions.includes(current.version)) {
    await deps.workspaces.forget(principal.userId);
    return new AppError(403, 'insufficient_workspace_role', 'Your role in this workspace no longer allows changing this product');
  }
  return new AppError(412, 'precondition_failed', 'The product has changed since you read it (If-Match); fetch it again and retry');
}

// After the commit: the next read anywhere (every instance shares the Redis) sees the write, and
// the loader that refills the cache reads from a database that has it (reads.wrote() first).
export async function invalidate(deps: ProductsDeps, id: string): Promise<void> {
  await deps.reads.wrote();
  await Promise.all([deps.cache.del(productKey(id)), deps.cache.bumpNamespace(LIST_NAMESPACE)]);
}

/** After products were deleted other than through these routes (with their workspace): no copy of them is served. */
export async function forgetProducts(deps: Pick<ProductsDeps, 'reads' | 'cache'>, ids: string[]): Promise<void> {
  await deps.reads.wrote();
  for (let from = 0; from < ids.length; from += 500) await deps.cache.del(...ids.slice(from, from + 500).map(productKey));
  await deps.cache.bumpNamespace(LIST_NAMESPACE);
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
  // SKUs are one regardless of case ("ux-D-a" is "UX-D-A"), among the products outside the trash.
  if (isUniqueViolation(err)) return conflict('duplicate_sku', 'This workspace already has a product with this SKU (ignoring case)');
  return err;
}

/**
 * The database refused the new row although the cached memberships allowed it: the role changed, or
 * the user was removed, since they were cached (by another instance, or outside the API). The cache
 * is dropped so the next request decides afresh; a user row that is gone is a dead session.
 */
async function refusedByDatabase(deps: ProductsDeps, principal: Principal, err: unknown): Promise<AppError> {
  await deps.workspaces.forget(principal.userId);
  const user = await deps.prisma.user.findUnique({ where: { id: principal.userId }, select: { id: true } });
  if (!user) return sessionRevoked(err);
  return new AppError(403, 'insufficient_workspace_role', 'Your role in this workspace no longer allows creating products', { cause: err });
}

// Besides the workspace (which the caller's membership proves), ownerId is the product's foreign key: its violation means the caller's user row is gone
// (deleted outside the API) while the session state cached for its token still says active
// (modules/auth/session-state.ts, for a few seconds). That is a dead session: the auth module's answer.
function asOwnerGone(err: unknown): unknown {
  if ((err as { code?: string } | null)?.code !== 'P2003') return err;
  return sessionRevoked(err);
}

export const productNotFound = () => notFound('product_not_found', 'No product has this id');
