// Product pictures through the API (issue 16): real files of every accepted type, each bad input,
// the limits, who may, reorder and delete, and the variant files as a browser fetches them. On the
// default storage driver (postgres); images-s3.test.ts runs the same upload against S3.
import request from 'supertest';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variantWidths } from '../src/modules/products/images/variants.js';
import * as fixture from './fixtures/images/fixtures.js';
import { addImage, binary, expectDocumented, srcsetPaths, stored, unexercised, upload } from './images-support.js';
import { bearer, createProduct, expectProblem, getProduct, registerUser, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { createWorkspace, memberWithRole, productBody } from './workspaces-support.js';

let t: TestApp;
let owner: Session;
beforeAll(async () => {
  // A small size limit, so that passing it takes a small file; the 10 MB default is config's (images-units).
  t = await createTestApp({ env: { IMAGE_MAX_BYTES: String(512 * 1024) } });
  owner = await registerUser(t.app);
});
afterAll(() => t.close());

const newProduct = () => createProduct(t.app, owner.accessToken);

describe('uploading a picture of each accepted type', () => {
  it.each(['jpeg', 'png', 'webp', 'avif'] as const)('when a %s is uploaded, then it is stored as WebP at 160, 480 and 1200 px and the product lists it', async (format) => {
    const product = await newProduct();
    const res = await upload(t.app, owner.accessToken, product.id, await fixture.picture(format, { hue: 40 }), { filename: `photo.${format}`, contentType: `image/${format}` });

    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expectDocumented(res);
    const { image, product: after } = res.body as { image: { id: string; width: number; height: number; url: string; srcset: string }; product: typeof product };
    expect(image).toMatchObject({ width: 1200, height: 750 });
    expect(after.version).toBe(product.version + 1);
    expect(res.headers.etag).toMatch(new RegExp(`^"${after.version}-`));
    expect(after.images).toEqual([image]);
    const files = srcsetPaths(image);
    expect(files.map((f) => f.width)).toEqual([160, 480, 1200]);
    expect(image.url).toBe(files[2]!.path);
    for (const { path, width } of files) {
      const file = await binary(request(t.app).get(path));
      expect(file.status).toBe(200);
      const meta = await sharp(file.body as Buffer).metadata();
      expect({ format: meta.format, width: meta.width }).toEqual({ format: 'webp', width });
    }
    expect(await stored(t, product.id)).toMatchObject({ rows: 1 });
  });

  it('when a photo carries EXIF and GPS data, then no variant keeps any of it', async () => {
    const photo = await fixture.exifJpeg();
    expect(photo.includes(fixture.GPS_MARK) && photo.includes(fixture.EXIF_MARK)).toBe(true);
    const product = await newProduct();
    const { image } = await addImage(t.app, owner.accessToken, product.id, photo);

    for (const { path } of srcsetPaths(image)) {
      const digest = path.split('/').at(-1)!.replace('.webp', '');
      const object = await t.owner.prisma.storedObject.findUniqueOrThrow({ where: { key: `images/${digest}.webp` } });
      const body = Buffer.from(object.body);
      expect(body.includes(fixture.GPS_MARK) || body.includes(fixture.EXIF_MARK)).toBe(false);
      const meta = await sharp(body).metadata();
      expect([meta.exif, meta.xmp, meta.icc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined]);
    }
  });

  it('when a photo is stored sideways with an EXIF orientation, then it comes out upright (the orientation applied)', async () => {
    const product = await newProduct();
    const { image } = await addImage(t.app, owner.accessToken, product.id, await fixture.rotatedJpeg());
    expect({ width: image.width, height: image.height }).toEqual({ width: 400, height: 600 });
    expect(srcsetPaths(image).map((f) => f.width)).toEqual(variantWidths(400));
  });

  it('when a PNG is sent named .jpg as image/jpeg, then it is accepted as the PNG it is', async () => {
    const product = await newProduct();
    const res = await upload(t.app, owner.accessToken, product.id, await fixture.picture('png', { hue: 300 }), { filename: 'holiday.jpg', contentType: 'image/jpeg' });
    expect(res.status).toBe(201);
  });
});

describe('refusing bad input, with nothing stored', () => {
  async function refused(bytes: Buffer, status: number, code: string, options: Parameters<typeof upload>[4] = {}) {
    const product = await newProduct();
    const before = await stored(t, product.id);
    const res = await upload(t.app, owner.accessToken, product.id, bytes, options);
    expectProblem(res, status, code);
    expectDocumented(res);
    expect(await stored(t, product.id)).toEqual(before);
    expect((await getProduct(t.app, product.id)).body).toMatchObject({ version: product.version, images: [] });
    return res;
  }

  it('when a JPEG is cut short, then 422 image_unreadable (truncated)', async () => {
    const res = await refused(fixture.truncated(await fixture.picture('jpeg')), 422, 'image_unreadable');
    expect(res.body.defect).toBe('truncated');
  });

  it('when a JPEG has an HTML page with a script after it (a polyglot), then 422 image_unreadable (trailing_data)', async () => {
    const res = await refused(fixture.withHtmlAppended(await fixture.picture('jpeg')), 422, 'image_unreadable');
    expect(res.body.defect).toBe('trailing_data');
  });

  it('when a JPEG has a ZIP archive after it (GIFAR-like), then 422 image_unreadable (trailing_data)', async () => {
    const res = await refused(fixture.withZipAppended(await fixture.picture('jpeg')), 422, 'image_unreadable');
    expect(res.body.defect).toBe('trailing_data');
  });

  it('when a JPEG hides a script in its comment segment, then 422 image_unreadable (active_content)', async () => {
    const res = await refused(fixture.withScriptComment(await fixture.picture('jpeg')), 422, 'image_unreadable');
    expect(res.body.defect).toBe('active_content');
  });

  it('when an SVG with a script is sent, even named .png as image/png, then 415 unsupported_image_type', async () => {
    await refused(fixture.SVG_WITH_SCRIPT, 415, 'unsupported_image_type', { filename: 'logo.png', contentType: 'image/png' });
    await refused(fixture.SVG_WITH_SCRIPT, 415, 'unsupported_image_type', { filename: 'logo.svg', contentType: 'image/svg+xml' });
  });

  it('when a text file is named .jpg and sent as image/jpeg, then 415 unsupported_image_type', async () => {
    await refused(fixture.TEXT_FILE, 415, 'unsupported_image_type', { filename: 'photo.jpg', contentType: 'image/jpeg' });
  });

  it('when a 50 kB PNG claims 20,000 × 20,000 pixels (a decompression bomb), then 422 image_too_many_pixels, answered from its header', async () => {
    const bomb = fixture.pngBomb();
    expect(bomb.length).toBeLessThan(100_000);
    const started = performance.now();
    const res = await refused(bomb, 422, 'image_too_many_pixels', { filename: 'bomb.png', contentType: 'image/png' });
    // Decoding 400 megapixels would take seconds and over a gigabyte.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(res.body).toMatchObject({ width: 20_000, height: 20_000, maxPixels: 40_000_000 });
  });

  it('when the file passes the size limit, then 413 image_too_large', async () => {
    const big = await sharp({ create: { width: 1000, height: 1000, channels: 3, background: { r: 0, g: 0, b: 0 }, noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).png().toBuffer();
    expect(big.length).toBeGreaterThan(512 * 1024 + 16 * 1024);
    await refused(big.subarray(0, 512 * 1024 + 1000), 413, 'image_too_large');
    await refused(big, 413, 'image_too_large');
  });

  it('when no file field is sent, or the body is not multipart, then 400 image_required', async () => {
    const product = await newProduct();
    const empty = await request(t.app).post(`/api/v1/products/${product.id}/images`).set(bearer(owner.accessToken)).field('name', 'x');
    expectProblem(empty, 400, 'image_required');
    const json = await request(t.app).post(`/api/v1/products/${product.id}/images`).set(bearer(owner.accessToken)).send({ file: 'x' });
    expectProblem(json, 400, 'image_required');
  });
});

describe('the size limit before the body is read', () => {
  it('when Content-Length already says the upload is too large, then 413 comes before the body is sent, and the connection is closed', async () => {
    const product = await newProduct();
    const { createServer } = await import('node:http');
    const server = createServer(t.app).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    try {
      const { request: send } = await import('node:http');
      const answer = await new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
        const req = send({
          host: '127.0.0.1', port, method: 'POST', path: `/api/v1/products/${product.id}/images`,
          headers: { ...bearer(owner.accessToken), 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(50 * 1024 * 1024) },
        }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString())).on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, body }));
        });
        req.on('error', reject);
        // Headers and the first bytes only: the rest of the 50 MB is never sent.
        req.write('--x\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n');
      });
      expect(answer.status).toBe(413);
      expect(answer.connection).toBe('close');
      expect(JSON.parse(answer.body)).toMatchObject({ code: 'image_too_large' });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('who may add pictures, and how many', () => {
  it('when a product has 12 pictures, then a 13th is refused with 409 too_many_images and not stored', async () => {
    const product = await newProduct();
    for (let i = 0; i < 12; i++) await addImage(t.app, owner.accessToken, product.id, await fixture.picture('webp', { width: 320, height: 200, hue: i * 25 }));
    const before = await stored(t, product.id);
    const res = await upload(t.app, owner.accessToken, product.id, await fixture.picture('webp', { width: 320, height: 200, hue: 333 }));
    expectProblem(res, 409, 'too_many_images');
    expect(await stored(t, product.id)).toEqual(before);
    expect(before.rows).toBe(12);
  });

  it('when a viewer of the workspace uploads, then 403 insufficient_workspace_role, and an editor may', async () => {
    const workspace = await createWorkspace(t.app, owner);
    const created = await request(t.app).post(`/api/v1/workspaces/${workspace.slug}/products`).set(bearer(owner.accessToken)).send(productBody());
    expect(created.status).toBe(201);
    const viewer = await memberWithRole(t.app, owner, workspace.slug, 'viewer');
    const editor = await memberWithRole(t.app, owner, workspace.slug, 'editor');
    const photo = await fixture.picture('jpeg', { hue: 10 });

    const base = `/api/v1/workspaces/${workspace.slug}/products`;
    const before = await stored(t, created.body.id);
    expectProblem(await upload(t.app, viewer.accessToken, created.body.id, photo, { base }), 403, 'insufficient_workspace_role');
    expectProblem(await upload(t.app, viewer.accessToken, created.body.id, photo), 403, 'insufficient_workspace_role');
    expect(await stored(t, created.body.id)).toEqual(before);
    const added = await upload(t.app, editor.accessToken, created.body.id, photo, { base });
    expect(added.status).toBe(201);
    expectDocumented(added);
  });

  it('when someone outside the workspace uploads to an active product, then 403 not_product_owner; to a product id nobody has, 404', async () => {
    const product = await newProduct();
    const stranger = await registerUser(t.app);
    const photo = await fixture.picture('png', { width: 300, height: 300 });
    expectProblem(await upload(t.app, stranger.accessToken, product.id, photo), 403, 'not_product_owner');
    expectProblem(await upload(t.app, owner.accessToken, '0190aaaa-0000-7000-8000-000000000000', photo), 404, 'product_not_found');
    expectProblem(await upload(t.app, owner.accessToken, 'not-a-uuid', photo), 404, 'product_not_found');
    const anonymous = await request(t.app).post(`/api/v1/products/${product.id}/images`).attach('file', photo, 'a.png');
    expect(anonymous.status).toBe(401);
  });

  it('when the workspace route names another workspace than the product\'s, then 404 product_not_found', async () => {
    const product = await newProduct();
    const other = await createWorkspace(t.app, owner);
    const res = await upload(t.app, owner.accessToken, product.id, await fixture.picture('png', { width: 300, height: 300 }), { base: `/api/v1/workspaces/${other.slug}/products` });
    expectProblem(res, 404, 'product_not_found');
  });
});

describe('reordering and deleting', () => {
  async function productWithThree() {
    const product = await newProduct();
    const ids: string[] = [];
    for (const hue of [0, 120, 240]) ids.push((await addImage(t.app, owner.accessToken, product.id, await fixture.picture('webp', { width: 500, height: 300, hue }))).image.id);
    return { product, ids };
  }

  it('when the pictures are put in a new order, then the product lists them so, the first is the primary, and its version moved on', async () => {
    const { product, ids } = await productWithThree();
    const before = (await getProduct(t.app, product.id)).body.version as number;
    const order = [ids[2]!, ids[0]!, ids[1]!];
    const res = await request(t.app).put(`/api/v1/products/${product.id}/images`).set(bearer(owner.accessToken)).send({ order });
    expect(res.status).toBe(200);
    expectDocumented(res);
    expect(res.body.images.map((i: { id: string }) => i.id)).toEqual(order);
    expect(res.body.version).toBe(before + 1);
    expect(res.headers.etag).toMatch(new RegExp(`^"${before + 1}-`));
    expect((await getProduct(t.app, product.id)).body.images.map((i: { id: string }) => i.id)).toEqual(order);
  });

  it('when the order leaves one out, repeats one or names another product\'s picture, then 400 invalid_image_order and nothing moves', async () => {
    const { product, ids } = await productWithThree();
    const elsewhere = (await productWithThree()).ids[0]!;
    for (const order of [[ids[1], ids[0]], [ids[0], ids[0], ids[1], ids[2]], [ids[0], ids[1], elsewhere]]) {
      const res = await request(t.app).put(`/api/v1/products/${product.id}/images`).set(bearer(owner.accessToken)).send({ order });
      expectProblem(res, 400, 'invalid_image_order');
    }
    expect((await getProduct(t.app, product.id)).body.images.map((i: { id: string }) => i.id)).toEqual(ids);
  });

  it('when a picture is deleted, then the others close up in order and the product\'s version moves on; deleting it again is 404', async () => {
    const { product, ids } = await productWithThree();
    const res = await request(t.app).delete(`/api/v1/products/${product.id}/images/${ids[0]}`).set(bearer(owner.accessToken));
    expect(res.status).toBe(200);
    expectDocumented(res);
    expect(res.body.images.map((i: { id: string }) => i.id)).toEqual([ids[1], ids[2]]);
    const positions = await t.owner.prisma.productImage.findMany({ where: { productId: product.id }, orderBy: { position: 'asc' }, select: { id: true, position: true } });
    expect(positions).toEqual([{ id: ids[1], position: 0 }, { id: ids[2], position: 1 }]);
    expectProblem(await request(t.app).delete(`/api/v1/products/${product.id}/images/${ids[0]}`).set(bearer(owner.accessToken)), 404, 'image_not_found');
  });
});

describe('serving the variant files', () => {
  it('when a variant is fetched, then it is public WebP cached for a year with a strong ETag, and If-None-Match answers 304', async () => {
    const product = await newProduct();
    const { image } = await addImage(t.app, owner.accessToken, product.id, await fixture.picture('jpeg', { hue: 77 }));
    const [digest] = image.url.split('/').at(-1)!.split('-');

    const res = await request(t.app).get(image.url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/webp');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.etag).toBe(`"${digest}-1200"`);
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['x-content-type-options']).toBe('nosniff');

    const again = await request(t.app).get(image.url).set('If-None-Match', res.headers.etag!);
    expect(again.status).toBe(304);
    expectDocumented(again);
    expect(again.headers.etag).toBe(res.headers.etag);
  });

  it('when a name no variant has is fetched, then 404 image_not_found as problem+json', async () => {
    for (const name of [`${'a'.repeat(64)}-480.webp`, 'nothing.webp', `${'b'.repeat(64)}-99999.webp`]) {
      const res = await request(t.app).get(`/api/v1/images/${name}`);
      expectProblem(res, 404, 'image_not_found');
      expectDocumented(res);
    }
  });

  it('when a variant was served once, then later requests come from the process\'s cache, not the storage', async () => {
    const product = await newProduct();
    const { image } = await addImage(t.app, owner.accessToken, product.id, await fixture.picture('png', { hue: 150, width: 700, height: 400 }));
    expect((await request(t.app).get(image.url)).status).toBe(200);
    // Gone from the storage behind the app's back: the cached copy still answers.
    await t.owner.prisma.storedObject.deleteMany({ where: { key: `images/${image.url.split('/').at(-1)!}` } });
    expect((await request(t.app).get(image.url)).status).toBe(200);
  });
});

describe('coverage', () => {
  it('when the file has run, then every images operation was seen answering 2xx, as the OpenAPI document describes it', async () => {
    // The workspace route's reorder and delete, and a variant's 200, checked here against the document.
    const workspace = await createWorkspace(t.app, owner);
    const base = `/api/v1/workspaces/${workspace.slug}/products`;
    const created = await request(t.app).post(base).set(bearer(owner.accessToken)).send(productBody());
    const { image } = await addImage(t.app, owner.accessToken, created.body.id, await fixture.picture('png', { width: 300, height: 200 }), { base });
    expectDocumented(await request(t.app).put(`${base}/${created.body.id}/images`).set(bearer(owner.accessToken)).send({ order: [image.id] }));
    expectDocumented(await binary(request(t.app).get(image.url)));
    expectDocumented(await request(t.app).delete(`${base}/${created.body.id}/images/${image.id}`).set(bearer(owner.accessToken)));
    expect(unexercised('images')).toEqual([]);
  });
});
