import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import { useAuditExport, useAuditLog } from '../api/audit-log';
import { ACTION_LABELS, actorLabel, detailLabel, targetLabel, WORKSPACE_ACTIONS } from '../labels';
import type { AuditFilters, AuditScope } from '../types';
import { AuditFiltersForm } from './AuditFiltersForm';

const ALL_ACTIONS = Object.keys(ACTION_LABELS) as Array<keyof typeof ACTION_LABELS>;

const formatTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * An audit log (the platform's or one workspace's): filters, the entries newest first with more on
 * demand, and the CSV export of everything the filters match (which the API records as an export).
 */
export function AuditLog({ scope }: { scope: AuditScope }) {
  const [filters, setFilters] = useState<AuditFilters>({});
  const log = useAuditLog(scope, filters);
  const exporting = useAuditExport();
  const entries = log.data?.pages.flatMap((page) => page.data) ?? [];
  const filtered = Object.keys(filters).length > 0;

  const exportCsv = () =>
    exporting.mutate({ scope, filters }, { onSuccess: () => toast.success('The audit log was exported as CSV.'), onError: (error) => toast.error(describeError(error)) });

  return (
    <>
      <AuditFiltersForm actions={scope.kind === 'workspace' ? WORKSPACE_ACTIONS : ALL_ACTIONS} onApply={setFilters} />
      <p>
        <button type="button" className="button button--secondary" onClick={exportCsv} disabled={exporting.isPending}>
          {exporting.isPending ? 'Exporting…' : 'Export CSV'}
        </button>{' '}
        <span className="muted">Every entry {filtered ? 'these filters match' : 'of the log'}, newest first.</span>
      </p>
      {log.isPending ? (
        <LoadingState label="Loading the audit log…" />
      ) : log.isError && entries.length === 0 ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : entries.length === 0 ? (
        <EmptyState title={filtered ? 'No entry matches these filters.' : 'Nothing has been recorded yet.'} />
      ) : (
        <>
          <div className="table-wrap">
            <table className="table table--stack">
              <caption className="visually-hidden">Audit log entries, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Action</th>
                  <th scope="col">Actor</th>
                  <th scope="col">Target</th>
                  <th scope="col">Detail</th>
                  <th scope="col">From</th>
                  <th scope="col">Request</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row">
                      <time dateTime={entry.at}>{formatTime(entry.at)}</time>
                    </th>
                    <td data-label="Action">{ACTION_LABELS[entry.action] ?? entry.action}</td>
                    <td data-label="Actor" title={entry.actor.id ?? undefined}>
                      {actorLabel(entry.actor)}
                    </td>
                    <td data-label="Target" title={entry.target.id ?? undefined}>
                      {targetLabel(entry.target)}
                    </td>
                    <td data-label="Detail">{detailLabel(entry.detail)}</td>
                    <td data-label="From">
                      {entry.ip ?? '—'}
                      {entry.userAgent && (
                        <>
                          <br />
                          <span className="muted">{entry.userAgent}</span>
                        </>
                      )}
                    </td>
                    <td data-label="Request" className="mono">
                      {entry.requestId ?? '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {log.isError && <ErrorState error={log.error} onRetry={() => void log.fetchNextPage()} />}
          {log.hasNextPage && (
            <div className="load-more">
              <button type="button" className="button button--secondary" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
                {log.isFetchingNextPage ? 'Loading more…' : 'Load more entries'}
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}
