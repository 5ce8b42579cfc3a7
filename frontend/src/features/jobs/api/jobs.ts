import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { downloadCsv } from '../../../lib/download';
import { isFinished } from '../labels';
import type { JobPage, JobRowPage, JobState, JobView, RowOutcome } from '../types';

/** How often a running job is read again: often enough for a live bar, rarely enough for a 2-core server. */
const POLL_MS = 1_000;

export interface JobFilters {
  workspace?: string;
  kind?: string;
  state?: JobState;
}

const jobKeys = {
  all: ['jobs'] as const,
  lists: () => [...jobKeys.all, 'list'] as const,
  list: (filters: JobFilters) => [...jobKeys.lists(), filters] as const,
  detail: (id: string) => [...jobKeys.all, 'detail', id] as const,
  rows: (id: string, outcome?: RowOutcome) => [...jobKeys.all, 'rows', id, outcome ?? 'all'] as const,
};

const jobPath = (id: string) => `/jobs/${encodeURIComponent(id)}`;
const defined = (params: object) => Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== ''));

/** The caller's jobs (and a workspace's, for its owners and admins), newest first. */
export function useJobs(filters: JobFilters) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: jobKeys.list(filters),
      queryFn: async ({ pageParam }) => (await apiClient.get<JobPage>('/jobs', { params: defined({ ...filters, cursor: pageParam }) })).data,
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      staleTime: 0,
    }),
  );
}

const jobQuery = (id: string) =>
  queryOptions({
    queryKey: jobKeys.detail(id),
    queryFn: async () => (await apiClient.get<JobView>(jobPath(id))).data,
    // What the start (or a list) answered stands until the next poll, not re-read on arrival.
    staleTime: POLL_MS,
    // Read again while it runs; a finished job changes no more.
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data) ? false : POLL_MS),
    // The bar keeps moving in a background tab: the person comes back to where it got.
    refetchIntervalInBackground: true,
  });

/**
 * One job, polled until it has finished. `initial`: the job as the answer that started it (or a
 * list) showed it, shown at once and read again at the next poll.
 */
export const useJob = (id: string, initial?: JobView) => useQuery({ ...jobQuery(id), initialData: initial });

/** The rows a job processed, a page at a time, optionally of one outcome only. */
export function useJobRows(id: string, outcome: RowOutcome | undefined, enabled: boolean) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: jobKeys.rows(id, outcome),
      queryFn: async ({ pageParam }) =>
        (await apiClient.get<JobRowPage>(`${jobPath(id)}/rows`, { params: defined({ outcome, cursor: pageParam, limit: 50 }) })).data,
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      enabled,
    }),
  );
}

/** Cancelling is a request: the job stops after the chunk it is in (its state says when). */
export function useCancelJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => (await apiClient.post<JobView>(`${jobPath(id)}/cancel`)).data,
    onSuccess: (job) => {
      queryClient.setQueryData(jobKeys.detail(job.id), job);
      void queryClient.invalidateQueries({ queryKey: jobKeys.lists() });
    },
  });
}

/** Undo of a finished bulk change: a job of its own (bulk_undo), each product guarded by the version the change made. */
export function useUndoJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => (await apiClient.post<{ job: JobView }>(`${jobPath(id)}/undo`)).data.job,
    onSuccess: (job) => {
      queryClient.setQueryData(jobKeys.detail(job.id), job);
      void queryClient.invalidateQueries({ queryKey: jobKeys.lists() });
    },
  });
}

/** An import's failed rows as CSV (the original columns and a reason), ready to fix and upload again. */
export const downloadFailedRows = (id: string) => downloadCsv(`${jobPath(id)}/failed-rows.csv`, { fallbackName: `failed-rows-${id.slice(0, 8)}.csv` });
