import type { ProductTotal } from '../types';

/** "1,234" or, past the API's cap, "10,000+". */
export const formatCount = ({ count, exact }: ProductTotal): string => `${count.toLocaleString()}${exact ? '' : '+'}`;

/** "1 product", "1,234 products", "10,000+ products". */
export const formatProductCount = (total: ProductTotal): string =>
  `${formatCount(total)} ${total.count === 1 && total.exact ? 'product' : 'products'}`;
