// The orphan sweep (modules/products/images/sweep.ts) on both storage drivers: the variants no
// picture row references any more go an hour after they were written; referenced ones, young ones
// and those of drafts (which row-level security hides from anyone but members) stay.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOrphanImages } from '../src/modules/products/images/index.js';
import { variantKey } from '../src/modules/products/images/variants.js';
import { postgresStorage, s3Storage, type Storage } from '../src/lib/storage/index.js';
import * as fixture from './fixtures/images/fixtures.js';
import { addImage, srcsetPaths, type Added } from './images-support.js';
import { bearer, createProduct, registerUser, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { startTestS3, type TestS3 } from './storage-support.js';

const HOURS = 3_600_000;
/** Two hours on: everything written so far is past the sweep's hour. */
const later = () => new Date(Date.now() + 2 * HOURS);

const keysOf = ({ image }: Added) => srcsetPaths(image).map((f) => `images/${f.path.split('/').at(-1)}`);

describe.each(['postgres', 's3'] as const)('the orphan sweep on the %s driver', (driver) => {
  let t: TestApp;
  let s3: TestS3 | undefined;
  let storage: Storage;
  let owner: Session;
  beforeAll(async () => {
    s3 = driver === 's3' ? await startTestS3() : undefined;
    t = await createTestApp({ env: s3?.env ?? {} });
    storage = s3 ? s3Storage(s3.options) : postgresStorage(t.db.prisma);
    owner = await registerUser(t.app);
  });
  afterAll(async () => {
    await storage?.close();
    await t?.close();
    await s3?.close();
  });

  // As the job runs it: the API's role, bound by row-level security.
  const sweep = (now?: Date) => sweepOrphanImages({ prisma: t.db.prisma, storage }, now ? { now } : {});
  const exists = async (keys: string[]) => Promise.all(keys.map(async (k) => (await storage.get(k)) !== null));
  const picture = (hue: number) => fixture.picture('webp', { width: 600, height: 400, hue });

  it('when a picture was deleted over an hour ago, then its files go, while a picture in use (a draft\'s too) keeps them', async () => {
    const active = await createProduct(t.app, owner.accessToken);
    const draft = await createProduct(t.app, owner.accessToken, { status: 'draft' });
    const kept = await addImage(t.app, owner.accessToken, active.id, await picture(10));
    const draftKept = await addImage(t.app, owner.accessToken, draft.id, await picture(70));
    const gone = await addImage(t.app, owner.accessToken, active.id, await picture(130));
    expect((await request(t.app).delete(`/api/v1/products/${active.id}/images/${gone.image.id}`).set(bearer(owner.accessToken))).status).toBe(200);

    const result = await sweep(later());
    expect(result.deleted).toBeGreaterThanOrEqual(3);
    expect(await exists(keysOf(gone))).toEqual([false, false, false]);
    expect(await exists(keysOf(kept))).toEqual([true, true, true]);
    expect(await exists(keysOf(draftKept))).toEqual([true, true, true]);
    expect((await request(t.app).get(kept.image.url)).status).toBe(200);
  });

  it('when an unused variant is younger than an hour, then the sweep leaves it (its row may be about to commit)', async () => {
    const product = await createProduct(t.app, owner.accessToken);
    const young = await addImage(t.app, owner.accessToken, product.id, await picture(190));
    expect((await request(t.app).delete(`/api/v1/products/${product.id}/images/${young.image.id}`).set(bearer(owner.accessToken))).status).toBe(200);

    await sweep();
    expect(await exists(keysOf(young))).toEqual([true, true, true]);
    await sweep(later());
    expect(await exists(keysOf(young))).toEqual([false, false, false]);
  });

  it('when two products show the same picture and one lets it go, then its files stay for the other', async () => {
    const [first, second] = [await createProduct(t.app, owner.accessToken), await createProduct(t.app, owner.accessToken)];
    const bytes = await picture(250);
    const a = await addImage(t.app, owner.accessToken, first.id, bytes);
    const b = await addImage(t.app, owner.accessToken, second.id, bytes);
    expect(b.image.url).toBe(a.image.url);
    await request(t.app).delete(`/api/v1/products/${first.id}/images/${a.image.id}`).set(bearer(owner.accessToken));

    await sweep(later());
    expect(await exists(keysOf(b))).toEqual([true, true, true]);
  });

  it('when a product is purged from the trash, then its picture rows go with it and the sweep removes their files', async () => {
    const product = await createProduct(t.app, owner.accessToken);
    const added = await addImage(t.app, owner.accessToken, product.id, await picture(310));
    expect((await request(t.app).delete(`/api/v1/products/${product.id}`).set(bearer(owner.accessToken))).status).toBe(204);
    expect((await request(t.app).delete(`/api/v1/products/${product.id}?permanent=true`).set(bearer(owner.accessToken))).status).toBe(204);
    expect(await t.owner.prisma.productImage.count({ where: { productId: product.id } })).toBe(0);

    await sweep(later());
    expect(await exists(keysOf(added))).toEqual([false, false, false]);
  });

  it('when the storage holds more variants than one page of the listing, then the sweep walks every page', async () => {
    const digest = (n: number) => n.toString(16).padStart(64, 'f');
    const keys = Array.from({ length: 520 }, (_, n) => variantKey(digest(n), 160));
    for (let from = 0; from < keys.length; from += 50) {
      await Promise.all(keys.slice(from, from + 50).map((k) => storage.put(k, Buffer.from('x'), 'image/webp')));
    }
    await sweep(later());
    expect(await exists([keys[0]!, keys[499]!, keys[519]!])).toEqual([false, false, false]);
  });
});
