import Joi from 'joi';
import type { JsonSchema, ModuleApiDoc, OperationSpec } from '../../../lib/openapi/index.js';
import { imageIdParams, reorderImagesBody, variantFileParams } from './images.schemas.js';
import { MAX_IMAGES } from './limits.js';
import { VARIANT_WIDTHS } from './variants.js';

// What images.routes.ts serves: a product's pictures under both product paths, and the stored
// variants at /api/v1/images. The Product and ProductImage schemas are products.openapi.ts's.

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const productParams = Joi.object({ id: Joi.string().guid().required().description('The product id (a UUID).') });
const workspaceSlug = { slug: Joi.string().max(64).required().description('The workspace\'s slug.') };
const SECURITY: OperationSpec['security'] = ['bearerAuth', 'apiKey'];
const WRITE_REFUSALS = ['email_not_verified', 'insufficient_scope', 'insufficient_workspace_role', 'not_product_owner'];

const upload: OperationSpec['upload'] = {
  contentType: 'multipart/form-data',
  schema: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary', contentMediaType: 'application/octet-stream', description: 'One JPEG, PNG, WebP or AVIF picture.' } },
  },
};

const ADD = [
  `Adds a picture as the product's last (at most ${MAX_IMAGES}); owners, admins and editors of its workspace, or a platform admin.`,
  'The type is told by the bytes, whatever the file name or part Content-Type says: JPEG, PNG, WebP and AVIF are accepted, SVG and anything else is 415.',
  'The size limit is the server\'s IMAGE_MAX_BYTES (10 MB by default; 413 as soon as it is passed), the pixel limit IMAGE_MAX_PIXELS (40 megapixels; read from the header, 422 `image_too_many_pixels` before anything is decoded).',
  'A file cut short, carrying other data after the picture or markup in its metadata (a polyglot), or that does not decode is 422 `image_unreadable` (its `defect` says which: `truncated`, `trailing_data`, `active_content` or `undecodable`).',
  `The picture is re-encoded to WebP at ${VARIANT_WIDTHS.join(', ')} px wide (never enlarged), its EXIF orientation applied and every metadata (EXIF, GPS, comments) dropped. Nothing is stored for a refused upload.`,
  'The product gets a new version (its ETag is sent).',
].join(' ');
const REORDER = 'Sets the order of the product\'s pictures: `order` lists every one of their ids once (else 400 `invalid_image_order`); the first becomes the primary picture. The product gets a new version.';
const DELETE = 'Removes one picture; those after it move up. Its files go with the next orphan sweep (hourly, once no picture uses them for an hour). The product gets a new version.';

const added: OperationSpec['responses'] = {
  201: {
    description: 'The new picture and the product with it.',
    schema: { type: 'object', required: ['image', 'product'], properties: { image: ref('ProductImage'), product: ref('Product') }, additionalProperties: false },
    headers: ['ETag'],
  },
};
const changed: OperationSpec['responses'] = { 200: { description: 'The product, with its pictures in their new order.', schema: ref('Product'), headers: ['ETag'] } };

const UPLOAD_PROBLEMS = {
  400: ['image_required'],
  409: ['too_many_images', 'product_in_trash'],
  413: ['image_too_large'],
  415: ['unsupported_image_type'],
  422: ['image_too_many_pixels', 'image_unreadable'],
};

function pictureOperations(prefix: string, idPrefix: string, params: Joi.ObjectSchema, imageParams: Joi.ObjectSchema, notFound: string[], where = ''): OperationSpec[] {
  const op = (spec: Omit<OperationSpec, 'tags' | 'rateLimited' | 'security' | 'headers'>): OperationSpec => ({
    ...spec, tags: ['images'], rateLimited: true, security: SECURITY, headers: ['Cache-Control'],
  });
  return [
    op({
      operationId: `add${idPrefix}Image`, method: 'post', path: `${prefix}/:id/images`,
      summary: `Add a picture to a product${where}`, description: ADD,
      params, upload, responses: added,
      problems: { ...UPLOAD_PROBLEMS, 403: WRITE_REFUSALS, 404: notFound },
    }),
    op({
      operationId: `reorder${idPrefix}Images`, method: 'put', path: `${prefix}/:id/images`,
      summary: `Reorder a product's pictures${where}`, description: REORDER,
      params, body: reorderImagesBody, responses: changed,
      problems: { 400: ['invalid_image_order'], 403: WRITE_REFUSALS, 404: notFound, 409: ['product_in_trash'] },
    }),
    op({
      operationId: `delete${idPrefix}Image`, method: 'delete', path: `${prefix}/:id/images/:imageId`,
      summary: `Delete a picture of a product${where}`, description: DELETE,
      params: imageParams, responses: changed,
      problems: { 403: WRITE_REFUSALS, 404: [...notFound, 'image_not_found'], 409: ['product_in_trash'] },
    }),
  ];
}

export const imagesApiDoc: ModuleApiDoc = {
  tags: [{
    name: 'images',
    description: `A product's pictures: up to ${MAX_IMAGES}, in order, the first the primary one; uploaded as files, served as WebP variants at content-addressed URLs.`,
  }],
  schemas: {},
  operations: [
    ...pictureOperations('/api/v1/products', 'Product', productParams, imageIdParams, ['product_not_found']),
    ...pictureOperations(
      '/api/v1/workspaces/:slug/products', 'WorkspaceProduct',
      productParams.keys(workspaceSlug), imageIdParams.keys(workspaceSlug), ['product_not_found', 'workspace_not_found'], ' of a workspace',
    ),
    {
      operationId: 'getImageFile', method: 'get', path: '/api/v1/images/:file',
      summary: 'A stored picture (one variant)',
      description: 'Public: the URLs in a product\'s `images` (`url`, `srcset`). Named by the SHA-256 of the picture\'s largest variant and the width, so the bytes at a URL never change: cached for a year (`immutable`), with a strong ETag. Not rate limited.',
      tags: ['images'], security: [], rateLimited: false,
      params: variantFileParams,
      requestHeaders: [{ name: 'If-None-Match', required: false }],
      headers: ['Cache-Control', 'ETag'],
      responses: {
        200: { description: 'The picture, WebP.', contentType: 'image/webp', schema: { type: 'string', contentMediaType: 'image/webp' } },
        304: { description: 'Unchanged: the ETag sent in If-None-Match.' },
      },
      problems: { 404: ['image_not_found'], 500: ['internal_error'], 503: ['service_unavailable'] },
    },
  ],
};
