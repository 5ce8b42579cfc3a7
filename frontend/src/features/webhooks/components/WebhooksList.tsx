import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useWebhooks } from '../api/webhooks';
import { eventsSummary } from '../events';
import { endpointState, formatTime, STATUS_LABELS, statusTone } from '../labels';
import { StateBadge } from './StateBadge';
import './webhooks.css';

/** The workspace's endpoints: where, which events, whether on (and why not), how the last delivery went. */
export function WebhooksList({ slug }: { slug: string }) {
  const webhooks = useWebhooks(slug);
  if (webhooks.isPending) return <LoadingState label="Loading the endpoints…" />;
  if (webhooks.isError) return <ErrorState error={webhooks.error} onRetry={() => void webhooks.refetch()} />;
  if (webhooks.data.length === 0) return <EmptyState title="No endpoint receives this workspace's events yet." />;
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">Webhook endpoints</caption>
        <thead>
          <tr>
            <th scope="col">Endpoint</th>
            <th scope="col">Events</th>
            <th scope="col">State</th>
            <th scope="col">Last delivery</th>
          </tr>
        </thead>
        <tbody>
          {webhooks.data.map((webhook) => {
            const state = endpointState(webhook);
            const last = webhook.lastDelivery;
            return (
              <tr key={webhook.id}>
                <th scope="row">
                  <Link className="webhook-url" to={`/workspaces/${encodeURIComponent(slug)}/webhooks/${encodeURIComponent(webhook.id)}`}>
                    {webhook.url}
                  </Link>
                  {webhook.description && (
                    <>
                      <br />
                      <span className="muted">{webhook.description}</span>
                    </>
                  )}
                </th>
                <td data-label="Events">{eventsSummary(webhook.events)}</td>
                <td data-label="State">
                  <span>
                    <StateBadge tone={state.tone}>{state.label}</StateBadge>
                    {state.detail && <span className="muted"> {state.detail}</span>}
                  </span>
                </td>
                <td data-label="Last delivery">
                  {last ? (
                    <span>
                      <StateBadge tone={statusTone(last.status)}>{STATUS_LABELS[last.status]}</StateBadge>{' '}
                      {last.responseStatus !== null && `HTTP ${last.responseStatus} · `}
                      <time dateTime={last.at}>{formatTime(last.at)}</time>
                    </span>
                  ) : (
                    'None yet'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
