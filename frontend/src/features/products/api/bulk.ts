import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ProductStatus } from '../types';
import { productsPath } from './query-keys';

/** What a bulk change does to each product (POST …/products/bulk). */
export type BulkAction =
  | { type: 'set_status'; status: ProductStatus }
  | { type: 'stock'; op: 'add' | 'subtract' | 'set'; amount: number }
  | { type: 'categories'; add?: string[]; remove?: string[] }
  | { type: 'tags'; add?: string[]; remove?: string[] }
  | { type: 'trash' };

/** The workspace list's filters, for "all that match", as its query string takes them (tags joined by commas). */
export interface BulkFilter {
  q?: string;
  status?: ProductStatus;
  stock?: 'in' | 'low' | 'out';
  tags?: string;
  tagMatch?: 'all' | 'any';
}

export type BulkSelection = { ids: Array<{ id: string; version: number }> } | { filter: BulkFilter };

interface BulkInput {
  workspace: string;
  selection: BulkSelection;
  action: BulkAction;
}

/** Always a job (202): the page follows it to its result, which lists each product's outcome. */
async function startBulkEdit({ workspace, selection, action }: BulkInput): Promise<{ id: string }> {
  const { data } = await apiClient.post<{ job: { id: string } }>(`${productsPath(workspace)}/bulk`, { selection, action });
  return data.job;
}

export const useBulkEdit = () => useMutation({ mutationFn: startBulkEdit });
