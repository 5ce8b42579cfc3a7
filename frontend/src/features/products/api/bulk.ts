import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { components, operations } from '../../../lib/api/schema';
import { productsPath } from './query-keys';

type BulkRequest = components['schemas']['BulkEditWorkspaceProductsRequest'];
/** What a bulk change does to each product (POST …/products/bulk). */
export type BulkAction = BulkRequest['action'];
/** The job it starts (202), which the page follows to its result. */
export type StartedJob = components['schemas']['BulkJob']['job'];

/** The workspace list's filters the bar sends for "all that match", as the list's query takes them (tags joined by commas). */
export type BulkFilter = Partial<Pick<NonNullable<operations['listWorkspaceProducts']['parameters']['query']>, 'q' | 'status' | 'stock' | 'tags' | 'tagMatch'>>;

export type BulkSelection = { ids: Array<{ id: string; version: number }> } | { filter: BulkFilter };

interface BulkInput {
  workspace: string;
  selection: BulkSelection;
  action: BulkAction;
}

/** Always a job (202): the page follows it to its result, which lists each product's outcome. */
async function startBulkEdit({ workspace, selection, action }: BulkInput): Promise<StartedJob> {
  const { data } = await apiClient.post<components['schemas']['BulkJob']>(`${productsPath(workspace)}/bulk`, { selection, action });
  return data.job;
}

export const useBulkEdit = () => useMutation({ mutationFn: startBulkEdit });
