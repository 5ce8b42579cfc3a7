import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { AuditFilters, AuditPage, AuditScope } from '../types';

const PAGE_SIZE = 50;

const auditPath = (scope: AuditScope) => (scope.kind === 'platform' ? '/audit' : `/workspaces/${encodeURIComponent(scope.slug)}/audit`);

const auditKeys = {
  all: ['audit'] as const,
  list: (scope: AuditScope, filters: AuditFilters) => [...auditKeys.all, scope, filters] as const,
};

async function getAuditPage(scope: AuditScope, filters: AuditFilters, cursor?: string): Promise<AuditPage> {
  const { data } = await apiClient.get<AuditPage>(auditPath(scope), { params: { ...filters, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } });
  return data;
}

/** Newest first, a page at a time; never cached long (the log grows while it is read). */
export function useAuditLog(scope: AuditScope, filters: AuditFilters) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: auditKeys.list(scope, filters),
      queryFn: ({ pageParam }) => getAuditPage(scope, filters, pageParam),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      staleTime: 0,
    }),
  );
}

/**
 * Every matching entry as CSV. Fetched with the session's token (a plain link would carry none),
 * then handed to the browser as a download under the name the API gave it.
 */
async function downloadAuditCsv({ scope, filters }: { scope: AuditScope; filters: AuditFilters }): Promise<void> {
  // Read as text (the client's JSON parsing leaves a CSV as it is), so that a refusal still arrives
  // as problem+json and reads like any other error.
  const response = await apiClient.get<string>(auditPath(scope), { params: { ...filters, format: 'csv' } });
  const disposition = String(response.headers['content-disposition'] ?? '');
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'audit.csv';
  const url = URL.createObjectURL(new Blob([response.data], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has started the download: revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The export is itself an entry: the lists are read again after it. */
export function useAuditExport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: downloadAuditCsv, onSuccess: () => queryClient.invalidateQueries({ queryKey: auditKeys.all }) });
}
