import type Joi from 'joi';
import { listProductsQuery, workspaceProductsQuery, type ListProductsQuery } from '../products.schemas.js';

// An export takes the filters and the sort of the list it is started from; it is every matching
// row, so the page's own parameters mean nothing there (refused by name, as the facets do).
const withoutPaging = (schema: Joi.ObjectSchema) => schema.fork(['limit', 'cursor'], (field) => field.forbidden());

export const exportProductsQuery = withoutPaging(listProductsQuery);
export const workspaceExportQuery = withoutPaging(workspaceProductsQuery);

export type ExportProductsQuery = Omit<ListProductsQuery, 'limit' | 'cursor'>;
