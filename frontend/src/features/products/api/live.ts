import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLiveRefetch } from '../../../lib/live-events/coalesce';
import type { LiveEvent } from '../../../lib/live-events/client';
import { useLiveEvents } from '../../../lib/live-events/provider';
import type { Product } from '../types';
import type { VersionedProduct } from './get-product';
import { productKeys } from './query-keys';

const isProductEvent = (event: LiveEvent) => event.type.startsWith('product.');

/**
 * The lists on screen are read again after product events (of `workspaceId`, or any the user may
 * see without one: the catalogue, the admins' list), once per burst: a list cannot be patched from
 * one event (its order, its filters, its counts), and an import of ten thousand rows is as many events.
 */
export function useLiveProductLists(workspaceId?: string): void {
  useLiveRefetch(productKeys.lists(), (event) => isProductEvent(event) && (workspaceId === undefined || event.workspaceId === workspaceId));
}

/** What happened to a product shown on a page, when it went away. */
export type ProductGone = 'trashed' | 'deleted';

/**
 * Keeps a product's page current: a newer version from the stream replaces the cached one at once
 * (the event's payload is the product as GET shows it), then the product is read again in the
 * background for its ETag, which no event carries. Trashed or deleted elsewhere: says which.
 */
export function useLiveProduct(id: string): ProductGone | null {
  const queryClient = useQueryClient();
  const [gone, setGone] = useState<ProductGone | null>(null);
  useLiveEvents((event) => {
    if (!isProductEvent(event) || event.subjectId !== id) return;
    if (event.type === 'product.deleted') return setGone('deleted');
    setGone(event.type === 'product.trashed' ? 'trashed' : null);
    const key = productKeys.detail(id);
    const cached = queryClient.getQueryData<VersionedProduct>(key);
    if (!cached || event.version === null || event.version <= cached.product.version) return;
    queryClient.setQueryData<VersionedProduct>(key, { product: event.payload as Product, etag: cached.etag });
    // A trashed product is not read again: the API no longer shows it there.
    if (event.type !== 'product.trashed') void queryClient.invalidateQueries({ queryKey: key, refetchType: 'active' });
  });
  return gone;
}
