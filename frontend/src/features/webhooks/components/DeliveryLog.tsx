import { useState } from 'react';
import { Link } from 'react-router';
import { SelectField } from '../../../components/fields';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useDeliveries } from '../api/deliveries';
import { DELIVERY_STATUSES, formatTime, responseSummary, STATUS_LABELS, statusTone } from '../labels';
import type { DeliveryStatus } from '../types';
import { StateBadge } from './StateBadge';

/** An endpoint's deliveries newest first, of one status or all, older ones on demand. */
export function DeliveryLog({ slug, webhookId }: { slug: string; webhookId: string }) {
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const log = useDeliveries(slug, webhookId, status || undefined);
  const deliveries = log.data?.pages.flatMap((page) => page.data) ?? [];
  const base = `/workspaces/${encodeURIComponent(slug)}/webhooks/${encodeURIComponent(webhookId)}/deliveries`;

  return (
    <>
      <div className="filters">
        <SelectField label="Status" name="status" value={status} onChange={(e) => setStatus(e.target.value as DeliveryStatus | '')}>
          <option value="">Any status</option>
          {DELIVERY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
      </div>
      {log.isPending ? (
        <LoadingState label="Loading the deliveries…" />
      ) : log.isError && deliveries.length === 0 ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : deliveries.length === 0 ? (
        <EmptyState title={status ? `No delivery has the status “${STATUS_LABELS[status]}”.` : 'Nothing has been sent to this endpoint yet.'} />
      ) : (
        <>
          <div className="table-wrap">
            <table className="table table--stack">
              <caption className="visually-hidden">Deliveries, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col">Response</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last attempt</th>
                </tr>
              </thead>
              <tbody>
                {deliveries.map((delivery) => (
                  <tr key={delivery.id}>
                    <th scope="row">
                      <Link to={`${base}/${encodeURIComponent(delivery.id)}`} aria-label={`Delivery of ${delivery.eventType}, ${formatTime(delivery.createdAt)}`}>
                        <code>{delivery.eventType}</code>
                      </Link>
                    </th>
                    <td data-label="Status">
                      <StateBadge tone={statusTone(delivery.status)}>{STATUS_LABELS[delivery.status]}</StateBadge>
                    </td>
                    <td data-label="Response">{responseSummary(delivery)}</td>
                    <td data-label="Attempts">
                      {delivery.attemptCount}
                      {delivery.nextAttemptAt && delivery.status === 'retrying' && <span className="muted"> · next {formatTime(delivery.nextAttemptAt)}</span>}
                    </td>
                    <td data-label="Created">
                      <time dateTime={delivery.createdAt}>{formatTime(delivery.createdAt)}</time>
                    </td>
                    <td data-label="Last attempt">{delivery.lastAttemptAt ? <time dateTime={delivery.lastAttemptAt}>{formatTime(delivery.lastAttemptAt)}</time> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {log.isError && <ErrorState error={log.error} onRetry={() => void log.fetchNextPage()} />}
          {log.hasNextPage && (
            <div className="load-more">
              <button type="button" className="button button--secondary" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
                {log.isFetchingNextPage ? 'Loading more…' : 'Load more deliveries'}
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}
