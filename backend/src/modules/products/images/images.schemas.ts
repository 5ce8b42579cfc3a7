import Joi from 'joi';
import { MAX_IMAGES } from './limits.js';

const uuid = Joi.string().guid();

export const reorderImagesBody = Joi.object({
  order: Joi.array().items(uuid.lowercase()).max(MAX_IMAGES).required()
    .description('Every picture id of the product, each once, in the new order; the first becomes the primary picture.'),
});

export interface ReorderImagesInput {
  order: string[];
}

// For the document: the routes check the ids themselves (a malformed one is 404, as for products).
export const imageIdParams = Joi.object({
  id: uuid.required().description('The product id (a UUID).'),
  imageId: uuid.required().description('The picture id (a UUID).'),
});

export const variantFileParams = Joi.object({
  file: Joi.string().pattern(/^[0-9a-f]{64}-\d{1,4}\.webp$/).required()
    .description('`<digest>-<width>.webp`, as in an image\'s `url` and `srcset`.'),
});
