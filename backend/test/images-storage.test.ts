// Where the pictures' files go, on each driver: every instance of one deployment (the same
// database, as under `npm run cluster`) serves a picture another instance stored. With
// STORAGE_DRIVER=s3 the files are in the bucket (s3rver here, a stand-in for S3) and none in PostgreSQL.
import request from 'supertest';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3Storage } from '../src/lib/storage/index.js';
import * as fixture from './fixtures/images/fixtures.js';
import { addImage, binary, srcsetPaths } from './images-support.js';
import { createProduct, registerUser } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { startTestS3, type TestS3 } from './storage-support.js';

describe.each(['postgres', 's3'] as const)('pictures on the %s driver', (driver) => {
  let s3: TestS3 | undefined;
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    s3 = driver === 's3' ? await startTestS3() : undefined;
    first = await createTestApp({ env: s3?.env ?? {} });
    second = await createTestApp({ shareWith: first, env: s3?.env ?? {} });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await s3?.close();
  });

  it('when one instance stores a picture, then another instance of the deployment serves its variants', async () => {
    const owner = await registerUser(first.app);
    const product = await createProduct(first.app, owner.accessToken);
    const { image } = await addImage(first.app, owner.accessToken, product.id, await fixture.picture('avif', { hue: 222 }));

    for (const { path, width } of srcsetPaths(image)) {
      const res = await binary(request(second.app).get(path));
      expect(res.status).toBe(200);
      expect((await sharp(res.body as Buffer).metadata()).width).toBe(width);
    }
    expect((await request(second.app).get(`/api/v1/products/${product.id}`)).body.images).toEqual([image]);
  });

  it.runIf(driver === 's3')('when the driver is s3, then the variants are objects in the bucket and none is a row of StoredObject', async () => {
    const owner = await registerUser(first.app);
    const product = await createProduct(first.app, owner.accessToken);
    const { image } = await addImage(first.app, owner.accessToken, product.id, await fixture.picture('jpeg', { hue: 5 }));

    const bucket = s3Storage(s3!.options);
    try {
      for (const { path } of srcsetPaths(image)) {
        const object = await bucket.get(`images/${path.split('/').at(-1)}`);
        expect(object?.contentType).toBe('image/webp');
      }
    } finally {
      await bucket.close();
    }
    expect(await first.owner.prisma.storedObject.count()).toBe(0);
  });
});
