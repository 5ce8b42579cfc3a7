import { inDbContext, type Transaction } from '../../../lib/db-context.js';
import { badRequest, notFound } from '../../../lib/errors.js';
import type { Principal } from '../../../lib/http/authenticate.js';
import { dbContextOf } from '../../workspaces/index.js';
import { productSelect, toImageView, type ImageView } from '../product-view.js';
import { authorizeWrite, invalidate, productResult, type ProductResult } from '../products.service.js';
import type { ImagesDeps } from './deps.js';
import { MAX_IMAGES } from './limits.js';
import { tooManyImages } from './problems.js';
import { renderVariants } from './render.js';
import { variantKey } from './variants.js';

export const imageNotFound = () => notFound('image_not_found', 'This product has no picture with this id');

/**
 * Before the upload is read: the caller may change this product, and it has room for one more
 * picture. Refused here, a viewer's or a 13th upload costs no decoding; addImage checks both again.
 */
export async function assertMayAddImage(deps: ImagesDeps, principal: Principal, productId: string, within?: string): Promise<void> {
  await inDbContext(deps.products.prisma, dbContextOf(principal), async (tx) => {
    await authorizeWrite(deps.products, tx, principal, productId, 'product.update', within);
    if ((await tx.productImage.count({ where: { productId } })) >= MAX_IMAGES) throw tooManyImages(MAX_IMAGES);
  });
}

/**
 * Adds a picture as the product's last. The variants are rendered and stored first, outside any
 * transaction; then the row and the product's new version commit together. When that fails (the
 * product went, a 13th picture won a race) the stored variants are orphans, which the sweep
 * removes (sweep.ts); a picture that was refused was never stored at all.
 */
export async function addImage(
  deps: ImagesDeps,
  principal: Principal,
  productId: string,
  bytes: Buffer,
  within?: string,
): Promise<{ image: ImageView; product: ProductResult }> {
  const rendered = await renderVariants(bytes, { maxPixels: deps.limits.maxPixels });
  await Promise.all(rendered.variants.map((v) => deps.storage.put(variantKey(rendered.digest, v.width), v.body, 'image/webp')));
  const { image, row } = await inDbContext(deps.products.prisma, dbContextOf(principal), async (tx) => {
    await authorizeWrite(deps.products, tx, principal, productId, 'product.update', within);
    const workspaceId = await lockProduct(tx, productId);
    const count = await tx.productImage.count({ where: { productId } });
    if (count >= MAX_IMAGES) throw tooManyImages(MAX_IMAGES);
    const image = await tx.productImage.create({
      data: { productId, workspaceId, position: count, digest: rendered.digest, width: rendered.width, height: rendered.height },
      select: { id: true, digest: true, width: true, height: true },
    });
    return { image, row: await bumpVersion(tx, productId) };
  });
  await invalidate(deps.products, productId);
  return { image: toImageView(image), product: productResult(row) };
}

/** Puts the pictures in the order given (the first becomes the primary); `order` must name each of them once. */
export async function reorderImages(deps: ImagesDeps, principal: Principal, productId: string, order: string[], within?: string): Promise<ProductResult> {
  const row = await inDbContext(deps.products.prisma, dbContextOf(principal), async (tx) => {
    await authorizeWrite(deps.products, tx, principal, productId, 'product.update', within);
    await lockProduct(tx, productId);
    const current = await tx.productImage.findMany({ where: { productId }, select: { id: true } });
    assertSameImages(current.map((i) => i.id), order);
    await tx.$executeRaw`UPDATE "ProductImage" AS i SET "position" = o.ord - 1
      FROM unnest(${order}::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE i."id" = o.id AND i."productId" = ${productId}::uuid`;
    return bumpVersion(tx, productId);
  });
  await invalidate(deps.products, productId);
  return productResult(row);
}

/** Removes one picture; those after it move up. Its files stay until the sweep finds them unused. */
export async function deleteImage(deps: ImagesDeps, principal: Principal, productId: string, imageId: string, within?: string): Promise<ProductResult> {
  const row = await inDbContext(deps.products.prisma, dbContextOf(principal), async (tx) => {
    await authorizeWrite(deps.products, tx, principal, productId, 'product.update', within);
    await lockProduct(tx, productId);
    const image = await tx.productImage.findFirst({ where: { id: imageId, productId }, select: { position: true } });
    if (!image) throw imageNotFound();
    await tx.productImage.delete({ where: { id: imageId } });
    await tx.productImage.updateMany({ where: { productId, position: { gt: image.position } }, data: { position: { decrement: 1 } } });
    return bumpVersion(tx, productId);
  });
  await invalidate(deps.products, productId);
  return productResult(row);
}

// One picture write at a time per product: the count, the positions and the version are then
// decided by one writer (two concurrent uploads cannot both take the twelfth place).
async function lockProduct(tx: Transaction, productId: string): Promise<string> {
  const rows = await tx.$queryRaw<Array<{ workspaceId: string }>>`SELECT "workspaceId" FROM "Product" WHERE "id" = ${productId}::uuid FOR UPDATE`;
  return rows[0]!.workspaceId;
}

// Pictures are part of the product's representation: each change is a new version (and ETag).
const bumpVersion = (tx: Transaction, productId: string) =>
  tx.product.update({ where: { id: productId }, data: { version: { increment: 1 } }, select: productSelect });

function assertSameImages(current: string[], order: string[]): void {
  const wanted = new Set(current);
  const given = new Set(order);
  if (given.size === order.length && order.length === current.length && order.every((id) => wanted.has(id))) return;
  throw badRequest('invalid_image_order', 'The order must list each of the product\'s pictures exactly once', [{
    in: 'body',
    field: 'order',
    message: `"order" must be the ${current.length} picture id(s) of this product, each once`,
    code: 'order.mismatch',
  }]);
}
