import type { Product } from '../types';

/** "5 in stock", "Only 2 left" under the product's low-stock threshold, "Out of stock". */
export function stockLabel({ stock, stockState }: Pick<Product, 'stock' | 'stockState'>): string {
  if (stockState === 'out') return 'Out of stock';
  if (stockState === 'low') return `Only ${stock.toLocaleString()} left`;
  return `${stock.toLocaleString()} in stock`;
}
