/** Pictures per product (issue 16). */
export const MAX_IMAGES = 12;
