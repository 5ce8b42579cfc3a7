// Helpers for the product image tests (images-*.test.ts).
import type { Express } from 'express';
import request from 'supertest';
import { expect } from 'vitest';
import { openApiDocument } from '../src/modules/docs/index.js';
import type { ImageView, ProductView } from '../src/modules/products/product-view.js';
import { documentedOperations } from './openapi-support.js';
import { bearer } from './products-support.js';
import { createResponseValidator } from './support/response-validator.js';
import type { TestApp } from './support/app.js';

export interface Added {
  image: ImageView;
  product: ProductView;
}

/** POST a file as a browser's FormData would, under any name and Content-Type. */
export function upload(app: Express, token: string, productId: string, bytes: Buffer, options: { filename?: string; contentType?: string; base?: string } = {}) {
  return request(app)
    .post(`${options.base ?? '/api/v1/products'}/${productId}/images`)
    .set(bearer(token))
    .attach('file', bytes, { filename: options.filename ?? 'photo.jpg', contentType: options.contentType ?? 'image/jpeg' });
}

/** Uploads, expecting 201. */
export async function addImage(app: Express, token: string, productId: string, bytes: Buffer, options: Parameters<typeof upload>[4] = {}): Promise<Added> {
  const res = await upload(app, token, productId, bytes, options);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expectDocumented(res);
  return res.body as Added;
}

/** What the database and the storage hold, as the tables' owner sees them. */
export async function stored(t: TestApp, productId: string): Promise<{ rows: number; objects: number }> {
  const [rows, objects] = await Promise.all([
    t.owner.prisma.productImage.count({ where: { productId } }),
    t.owner.prisma.storedObject.count({ where: { key: { startsWith: 'images/' } } }),
  ]);
  return { rows, objects };
}

/** GET a file as bytes (supertest buffers only text and JSON by itself). */
export const binary = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => done(null, Buffer.concat(chunks)));
  });

/** The variant files an image's srcset names, widths ascending. */
export const srcsetPaths = (image: ImageView) => image.srcset.split(', ').map((entry) => {
  const [path, width] = entry.split(' ');
  return { path: path!, width: Number(width!.replace('w', '')) };
});

const validator = createResponseValidator(openApiDocument());
const seen = new Set<string>();

/** The operations of a tag that expectDocumented never saw answering 2xx in this file. */
export const unexercised = (tag: string) =>
  documentedOperations().filter((op) => op.tags.includes(tag)).map((op) => op.operationId).filter((id) => ![...seen].some((s) => s.startsWith(`${id} 2`)));

/** The response departs in no way from the OpenAPI document (JSON and problem answers). */
export function expectDocumented(res: request.Response): void {
  // superagent keeps the request it answered, untyped.
  const { method, path } = (res as unknown as { req: { method: string; path: string } }).req;
  // A picture's bytes (read with binary()) are checked as the string the document describes.
  const text = Buffer.isBuffer(res.body) ? res.body.toString('latin1') : res.text;
  const problems = validator.problemsWith({ method, url: path, status: res.status, headers: res.headers, body: res.body, text });
  seen.add(`${validator.findOperation(method, path)?.operation.operationId as string} ${res.status}`);
  expect(problems, problems.join('\n')).toEqual([]);
}
