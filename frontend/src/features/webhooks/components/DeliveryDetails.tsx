import { ErrorState, EmptyState, LoadingState } from '../../../components/states';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import { useDelivery, useRedeliver } from '../api/deliveries';
import { formatTime, responseSummary, STATUS_LABELS, statusTone } from '../labels';
import { StateBadge } from './StateBadge';
import './webhooks.css';

/** One delivery: its state, each attempt with the start of the receiver's answer, the body sent, and Redeliver. */
export function DeliveryDetails({ slug, webhookId, deliveryId }: { slug: string; webhookId: string; deliveryId: string }) {
  const delivery = useDelivery(slug, webhookId, deliveryId);
  const redeliver = useRedeliver();

  if (delivery.isPending) return <LoadingState label="Loading the delivery…" />;
  if (delivery.isError) {
    if (delivery.error.is(404)) return <EmptyState title="This delivery does not exist (any more)." />;
    return <ErrorState error={delivery.error} onRetry={() => void delivery.refetch()} />;
  }
  const d = delivery.data;
  const send = () =>
    redeliver.mutate(
      { slug, id: webhookId, deliveryId },
      { onSuccess: () => toast.success('Sent again, with the same webhook-id.'), onError: (error) => toast.error(describeError(error)) },
    );

  return (
    <>
      <dl className="details">
        <dt>Event</dt>
        <dd>
          <code>{d.eventType}</code>
        </dd>
        <dt>Status</dt>
        <dd>
          <StateBadge tone={statusTone(d.status)}>{STATUS_LABELS[d.status]}</StateBadge>
          {d.status === 'retrying' && d.nextAttemptAt && <span className="muted"> next attempt {formatTime(d.nextAttemptAt)}</span>}
        </dd>
        <dt>webhook-id</dt>
        <dd className="mono">{d.eventId}</dd>
        <dt>Created</dt>
        <dd>
          <time dateTime={d.createdAt}>{formatTime(d.createdAt)}</time>
        </dd>
        <dt>Last response</dt>
        <dd>{responseSummary(d)}</dd>
      </dl>
      <p>
        <button type="button" className="button" onClick={send} disabled={redeliver.isPending}>
          {redeliver.isPending ? 'Sending…' : 'Redeliver'}
        </button>{' '}
        <span className="muted">Sends it again now, as a new attempt with the same webhook-id.</span>
      </p>
      <section aria-labelledby="attempts-title">
        <h2 id="attempts-title">Attempts ({d.attempts.length})</h2>
        {d.attempts.length === 0 ? (
          <p>Not sent yet.</p>
        ) : (
          <ol className="stack" aria-label="Attempts">
            {d.attempts.map((attempt, index) => (
              <li key={`${attempt.at}-${index}`} className="panel">
                <p>
                  <strong>
                    <time dateTime={attempt.at}>{formatTime(attempt.at)}</time>
                  </strong>{' '}
                  {responseSummary(attempt)}
                </p>
                {attempt.responseExcerpt ? (
                  <pre className="webhook-payload" aria-label={`Response to attempt ${index + 1}`}>
                    {attempt.responseExcerpt}
                  </pre>
                ) : (
                  <p className="muted">No response body.</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="payload-title">
        <h2 id="payload-title">Payload</h2>
        <pre className="webhook-payload" aria-label="Payload sent">
          {JSON.stringify(d.payload, null, 2)}
        </pre>
      </section>
    </>
  );
}
