import { type DownloadProgress, type DownloadResult, downloadCsv } from '../../../lib/download';
import { type ProductListParams, productsPath } from './query-keys';

/** Which products an export holds, in which order: a list's filters and sort (its paging means nothing to a file). */
export type ExportParams = Omit<ProductListParams, 'limit' | 'cursor' | 'trashed'>;

const PARAMS = ['q', 'status', 'stock', 'category', 'tags', 'tagMatch', 'currency', 'minPrice', 'maxPrice', 'owner', 'sort'] as const;

/**
 * Every product the list's filters match, in its order, as CSV, streamed by the API (GET …/products/export.csv):
 * a workspace's list, or without one the catalogue (or, for admins, any owner's or status's).
 */
export function exportProducts(
  list: ExportParams,
  options: { onProgress: (progress: DownloadProgress) => void; signal: AbortSignal },
): Promise<DownloadResult> {
  // Only what the export takes (it refuses a page's limit and cursor by name).
  const params = Object.fromEntries(PARAMS.flatMap((key) => (list[key] === undefined || list[key] === '' ? [] : [[key, list[key]]])));
  return downloadCsv(`${productsPath(list.workspace)}/export.csv`, { params, fallbackName: 'products.csv', ...options });
}
