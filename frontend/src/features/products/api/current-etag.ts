import { ApiError } from '../../../lib/api-error';
import { getProduct } from './get-product';

/**
 * The API's ETags are opaque (`"<version>-<hash>"`), and list items carry only `version`. A write
 * started from a list therefore fetches the product first: if its version moved on since the list
 * was shown, that is the same conflict a stale If-Match would meet, reported the same way (412).
 */
export async function currentEtag(id: string, expectedVersion: number): Promise<string> {
  const { product, etag } = await getProduct(id);
  if (product.version !== expectedVersion) {
    throw new ApiError({ status: 412, code: 'precondition_failed', detail: 'The product was changed since it was shown.' });
  }
  return etag;
}
