import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { apiClient } from '../../../lib/api-client';
import { downloadCsv } from '../../../lib/download';
import { useLiveRefetch } from '../../../lib/live-events/coalesce';
import type { LiveEvent } from '../../../lib/live-events/client';
import { useLiveConnected, useLiveEvents } from '../../../lib/live-events/provider';
import { isFinished } from '../labels';
import type { JobPage, JobRowPage, JobState, JobView, RowOutcome } from '../types';

/**
 * How often a running job is read again while the live stream is not connected (its job events
 * move the bar otherwise): often enough for a live bar, rarely enough for a 2-core server.
 */
const POLL_MS = 1_000;
/**
 * While the stream is connected, a running job is still read now and then: an event that came
 * before this page subscribed (a small job can finish between the answer that started it and the
 * page showing it), or that a slower read then overwrote, is not waited for forever.
 */
const BACKSTOP_MS = 5_000;

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

/** The caller's jobs (and a workspace's, for its owners and admins), newest first; read again when one is created. */
export function useJobs(filters: JobFilters) {
  useLiveRefetch(jobKeys.lists(), (event) => event.type === 'job.created');
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

const jobQuery = (id: string, live: boolean) =>
  queryOptions({
    queryKey: jobKeys.detail(id),
    queryFn: async () => (await apiClient.get<JobView>(jobPath(id))).data,
    // What the start (or a list) answered stands until the next poll, not re-read on arrival.
    staleTime: POLL_MS,
    // Read again while it runs, rarely when its events come; a finished job changes no more.
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data) ? false : live ? BACKSTOP_MS : POLL_MS),
    // The bar keeps moving in a background tab: the person comes back to where it got.
    refetchIntervalInBackground: true,
  });

/** A job's event payload: its row as the jobs API shows it, without the workspace's slug, the owner's name, errors or links. */
type JobEventPayload = Pick<JobView, 'state' | 'total' | 'done' | 'failed' | 'percent' | 'etaSeconds' | 'error' | 'startedAt' | 'finishedAt' | 'cancelRequestedAt' | 'result'>;

const isJobEvent = (event: LiveEvent) => event.type === 'job.created' || event.type === 'job.updated';

/**
 * One job, followed until it has finished: by its live events (each write of its row), or, while
 * the stream is not connected, by polling. `initial`: the job as the answer that started it (or a
 * list) showed it, shown at once.
 */
export function useJob(id: string, initial?: JobView) {
  const queryClient = useQueryClient();
  const live = useLiveConnected();
  const key = jobKeys.detail(id);

  useLiveEvents((event) => {
    if (!isJobEvent(event) || event.subjectId !== id) return;
    const { state, total, done, failed, percent, etaSeconds, error, startedAt, finishedAt, cancelRequestedAt, result } = event.payload as JobEventPayload;
    const progress = { state, total, done, failed, percent, etaSeconds, error, startedAt, finishedAt, cancelRequestedAt, result };
    queryClient.setQueryData<JobView>(key, (job) => job && { ...job, ...progress });
    // What no event carries (the first rows that failed, the links to undo or the failed rows) is read once it has finished.
    if (isFinished(progress)) void queryClient.invalidateQueries({ queryKey: key });
  });

  // The stream opened (again) while the job was shown: what changed before it did is read once, the
  // events tell the rest. Open already when the job was read, it missed nothing.
  const wasLive = useRef(live);
  useEffect(() => {
    const opened = live && !wasLive.current;
    wasLive.current = live;
    const job = queryClient.getQueryData<JobView>(jobKeys.detail(id));
    if (opened && job && !isFinished(job)) void queryClient.invalidateQueries({ queryKey: jobKeys.detail(id) });
  }, [live, id, queryClient]);

  return useQuery({ ...jobQuery(id, live), initialData: initial });
}

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
