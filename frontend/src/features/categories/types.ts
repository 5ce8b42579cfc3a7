import type { components } from '../../lib/api/schema';

export type Category = components['schemas']['Category'];
export type CreateCategoryRequest = components['schemas']['CreateCategoryRequest'];
export type UpdateCategoryRequest = components['schemas']['UpdateCategoryRequest'];
/** A facet of the products' lists: a category with how many products it holds there. */
export interface CategoryCount {
  id: string;
  slug: string;
  name: string;
  count: number;
  exact: boolean;
}

/** The depth of a category in the tree (a root is 0): its path holds its ancestors' slugs and its own. */
export const depthOf = (category: Category): number => category.path.length - 1;
