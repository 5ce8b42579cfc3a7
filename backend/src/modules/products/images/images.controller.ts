import type { Request, Response } from 'express';
import { signedIn } from '../../../lib/http/authenticate.js';
import { inputOf } from '../../../lib/http/validate.js';
import { notFound } from '../../../lib/errors.js';
import { ifNoneMatchHits } from '../etag.js';
import type { ProductResult } from '../products.service.js';
import type { ImagesDeps } from './deps.js';
import { readVariant, VARIANT_HEADERS } from './files.service.js';
import type { ReorderImagesInput } from './images.schemas.js';
import { addImage, assertMayAddImage, deleteImage, reorderImages } from './images.service.js';
import { readUpload } from './upload.js';

/** The workspace a /workspaces/:slug/products/:id/images route resolved (images.routes.ts). */
const withinOf = (res: Response) => (res.locals.workspaceId as string | undefined);
const productIdOf = (req: Request) => String(req.params.id).toLowerCase();

function sendProduct(res: Response, status: number, result: ProductResult): void {
  res.status(status).set({ 'Cache-Control': 'no-store', ETag: result.etag }).type('application/json').send(result.body);
}

const variantNotFound = () => notFound('image_not_found', 'No picture is stored under this name');

export function imagesController(deps: ImagesDeps) {
  return {
    add: async (req: Request, res: Response) => {
      const principal = signedIn(res);
      const id = productIdOf(req);
      // Who may, and whether there is room, before a byte of the upload is read.
      await assertMayAddImage(deps, principal, id, withinOf(res));
      const bytes = await readUpload(req, deps.limits.maxBytes);
      const { image, product } = await addImage(deps, principal, id, bytes, withinOf(res));
      res.status(201).set({ 'Cache-Control': 'no-store', ETag: product.etag }).type('application/json')
        .send(`{"image":${JSON.stringify(image)},"product":${product.body}}`);
    },

    reorder: async (req: Request, res: Response) => {
      const { order } = inputOf<ReorderImagesInput>(res, 'body');
      sendProduct(res, 200, await reorderImages(deps, signedIn(res), productIdOf(req), order, withinOf(res)));
    },

    remove: async (req: Request, res: Response) => {
      sendProduct(res, 200, await deleteImage(deps, signedIn(res), productIdOf(req), String(req.params.imageId).toLowerCase(), withinOf(res)));
    },

    file: async (req: Request, res: Response) => {
      const file = await readVariant(deps, String(req.params.file));
      if (!file) throw variantNotFound();
      for (const [name, value] of VARIANT_HEADERS) res.set(name, value);
      res.set('ETag', file.etag);
      if (ifNoneMatchHits(req.get('If-None-Match'), file.etag)) {
        res.status(304).end();
        return;
      }
      res.type('image/webp').send(file.body);
    },
  };
}
