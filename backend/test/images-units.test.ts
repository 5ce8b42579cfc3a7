// The parts of an upload's check that need no server: the magic numbers, the one-picture rule, the
// rendering's widths and digest, and the configuration's defaults.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { AppError } from '../src/lib/errors.js';
import { assertSinglePicture, detectImageType } from '../src/modules/products/images/detect.js';
import { renderVariants } from '../src/modules/products/images/render.js';
import * as fixture from './fixtures/images/fixtures.js';

function refusal(run: () => unknown): { status: number; code: string; defect?: unknown } {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return { status: err.status, code: err.code, defect: err.extensions?.defect };
    throw err;
  }
  throw new Error('not refused');
}

describe('the type, told by the bytes', () => {
  it.each(['jpeg', 'png', 'webp', 'avif'] as const)('when the file is a real %s, then its magic numbers say so', async (format) => {
    expect(detectImageType(await fixture.picture(format, { width: 64, height: 64 }))).toBe(format);
  });

  it('when the file is a GIF, a HEIC, an SVG, text or nothing at all, then 415 unsupported_image_type', async () => {
    const gif = await sharp(await fixture.picture('png', { width: 32, height: 32 })).gif().toBuffer();
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]);
    for (const bytes of [gif, heic, fixture.SVG_WITH_SCRIPT, fixture.TEXT_FILE, Buffer.alloc(0), Buffer.from([0xff, 0xd8])]) {
      expect(refusal(() => detectImageType(bytes))).toMatchObject({ status: 415, code: 'unsupported_image_type' });
    }
  });
});

describe('one picture and nothing else', () => {
  it('when a JPEG ends with zero padding, or carries a second whole JPEG (a camera\'s MPF), then it passes', async () => {
    const jpeg = await fixture.picture('jpeg', { width: 64, height: 64 });
    expect(() => assertSinglePicture(Buffer.concat([jpeg, Buffer.alloc(7)]), 'jpeg')).not.toThrow();
    expect(() => assertSinglePicture(Buffer.concat([jpeg, jpeg]), 'jpeg')).not.toThrow();
  });

  it.each(['png', 'webp', 'avif'] as const)('when a %s is followed by other bytes, then 422 trailing_data; cut short, 422 truncated', async (format) => {
    const bytes = await fixture.picture(format, { width: 200, height: 120 });
    expect(() => assertSinglePicture(bytes, format)).not.toThrow();
    expect(refusal(() => assertSinglePicture(Buffer.concat([bytes, Buffer.from('PK\x03\x04 payload')]), format))).toMatchObject({ status: 422, defect: 'trailing_data' });
    expect(refusal(() => assertSinglePicture(fixture.truncated(bytes, 0.5), format))).toMatchObject({ status: 422, defect: 'truncated' });
  });

  it('when a PNG text chunk holds a script, then 422 active_content; the same bytes inside its pixel data are not looked at', async () => {
    const png = await fixture.picture('png', { width: 64, height: 64 });
    const chunk = (type: string, data: string) => {
      const body = Buffer.from(data, 'latin1');
      const head = Buffer.alloc(8);
      head.writeUInt32BE(body.length, 0);
      head.write(type, 4, 'latin1');
      return Buffer.concat([head, body, Buffer.alloc(4)]);
    };
    const insert = (extra: Buffer) => Buffer.concat([png.subarray(0, 33), extra, png.subarray(33)]);
    expect(refusal(() => assertSinglePicture(insert(chunk('tEXt', 'Comment\0<script>alert(1)</script>')), 'png'))).toMatchObject({ defect: 'active_content' });
    expect(() => assertSinglePicture(insert(chunk('IDAT', 'x<svg y')), 'png')).not.toThrow();
  });
});

describe('rendering', () => {
  it('when a picture is narrower than a width, then it is never enlarged: its own width is the largest variant', async () => {
    const narrow = await renderVariants(await fixture.picture('png', { width: 300, height: 200 }), { maxPixels: 40_000_000 });
    expect(narrow.variants.map((v) => v.width)).toEqual([160, 300]);
    const tiny = await renderVariants(await fixture.picture('jpeg', { width: 100, height: 80 }), { maxPixels: 40_000_000 });
    expect(tiny.variants.map((v) => v.width)).toEqual([100]);
    expect([tiny.width, tiny.height]).toEqual([100, 80]);
  });

  it('when a picture is rendered, then its digest is the SHA-256 of the largest variant, and the same upload gives the same digest', async () => {
    const bytes = await fixture.picture('webp', { width: 900, height: 600 });
    const [a, b] = [await renderVariants(bytes, { maxPixels: 40_000_000 }), await renderVariants(bytes, { maxPixels: 40_000_000 })];
    expect(a.digest).toBe(createHash('sha256').update(a.variants.at(-1)!.body).digest('hex'));
    expect(b.digest).toBe(a.digest);
  });

  it('when a 16-bit PNG with transparency is rendered, then its WebP variants keep the alpha channel', async () => {
    const png = await sharp({ create: { width: 500, height: 500, channels: 4, background: { r: 200, g: 40, b: 40, alpha: 0.4 } } }).toColourspace('rgb16').png().toBuffer();
    expect(await sharp(png).metadata()).toMatchObject({ depth: 'ushort', hasAlpha: true });
    const rendered = await renderVariants(png, { maxPixels: 40_000_000 });
    expect((await sharp(rendered.variants[0]!.body).metadata()).hasAlpha).toBe(true);
  });

  it('when a picture has more pixels than allowed, then 422 image_too_many_pixels names its size', async () => {
    const bytes = await fixture.picture('jpeg', { width: 400, height: 300 });
    await expect(renderVariants(bytes, { maxPixels: 100_000 })).rejects.toMatchObject({ status: 422, code: 'image_too_many_pixels', extensions: { width: 400, height: 300 } });
  });
});

describe('configuration', () => {
  it('when nothing is set, then uploads may be 10 MB and 40 megapixels, kept in PostgreSQL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u:p@localhost/db' });
    expect(config.images).toEqual({ maxBytes: 10 * 1024 * 1024, maxPixels: 40_000_000 });
    expect(config.storage.driver).toBe('postgres');
  });

  it('when STORAGE_DRIVER is s3 without a bucket, then the configuration is refused', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://u:p@localhost/db', STORAGE_DRIVER: 's3' })).toThrow(/S3_BUCKET/);
  });
});
