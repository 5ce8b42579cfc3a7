import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { toast } from '../../components/toast';
import { useWebhook } from '../../features/webhooks/api/webhooks';
import { DeliveryDetails } from '../../features/webhooks/components/DeliveryDetails';
import { DeliveryLog } from '../../features/webhooks/components/DeliveryLog';
import { SecretReveal } from '../../features/webhooks/components/SecretReveal';
import { StateBadge } from '../../features/webhooks/components/StateBadge';
import { WebhookActions } from '../../features/webhooks/components/WebhookActions';
import { WebhookForm } from '../../features/webhooks/components/WebhookForm';
import { WebhooksList } from '../../features/webhooks/components/WebhooksList';
import { endpointState } from '../../features/webhooks/labels';
import type { CreatedWebhook, Webhook } from '../../features/webhooks/types';
import { useWorkspace } from '../../features/workspaces/api/workspaces';
import { can } from '../../features/workspaces/permissions';
import type { Workspace } from '../../features/workspaces/types';
import { useDocumentTitle } from '../../lib/document-title';

const webhooksUrl = (slug: string) => `/workspaces/${encodeURIComponent(slug)}/webhooks`;

/** The tab's title from a component, for the gate's own states (the pages set theirs once let in). */
function Title({ title }: { title: string }) {
  useDocumentTitle(title);
  return null;
}

/**
 * The workspace, once loaded and if the user may manage its webhooks (else what to show instead:
 * the API would refuse). The page inside is a component of its own, which reads its own queries.
 */
function WebhooksGate({ slug, title, children }: { slug: string; title: string; children: (workspace: Workspace) => ReactNode }) {
  const workspace = useWorkspace(slug);
  if (workspace.isPending) {
    return (
      <>
        <Title title={title} />
        <LoadingState label="Loading the workspace…" />
      </>
    );
  }
  if (workspace.isError) {
    return (
      <>
        <Title title={title} />
        {workspace.error.is(404) ? (
          <EmptyState title="This workspace does not exist, or you are not a member of it." />
        ) : (
          <ErrorState error={workspace.error} onRetry={() => void workspace.refetch()} />
        )}
      </>
    );
  }
  const ws = workspace.data;
  if (!can(ws, 'webhook.manage')) {
    return (
      <>
        <Title title={title} />
        <EmptyState title="Only the workspace's owners and admins may manage its webhooks.">
          <Link to={`/workspaces/${encodeURIComponent(ws.slug)}/members`}>Back to the members</Link>
        </EmptyState>
      </>
    );
  }
  return children(ws);
}

/** /workspaces/:slug/webhooks: the workspace's endpoints, and a new one (its secret shown once). */
export function WorkspaceWebhooksPage() {
  const { slug = '' } = useParams();
  return (
    <WebhooksGate slug={slug} title="Webhooks">
      {(ws) => <Webhooks workspace={ws} />}
    </WebhooksGate>
  );
}

function Webhooks({ workspace: ws }: { workspace: Workspace }) {
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  useDocumentTitle(`Webhooks of ${ws.name}`);
  return (
    <>
      <PageHeading>Webhooks of {ws.name}</PageHeading>
      <p>
        <Link to={`/workspaces/${encodeURIComponent(ws.slug)}/members`}>Back to the members</Link>
      </p>
      <p>Shelfwise POSTs each change to the workspace's products, settings and members to the endpoints below, signed with each one's secret.</p>
      <section className="panel" aria-labelledby="endpoints-title">
        <h2 id="endpoints-title">Endpoints</h2>
        <WebhooksList slug={ws.slug} />
      </section>
      <section className="panel" aria-labelledby="new-endpoint-title">
        <h2 id="new-endpoint-title">Add an endpoint</h2>
        {created ? (
          <>
            <SecretReveal created={created} onDone={() => setCreated(null)} />
            <p>
              <Link to={`${webhooksUrl(ws.slug)}/${encodeURIComponent(created.id)}`}>Open the endpoint</Link> to send it a test ping.
            </p>
          </>
        ) : (
          <WebhookForm slug={ws.slug} onCreated={setCreated} />
        )}
      </section>
    </>
  );
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** /workspaces/:slug/webhooks/:id: one endpoint, its settings and actions, and its delivery log. */
export function WorkspaceWebhookPage() {
  const { slug = '', id = '' } = useParams();
  return (
    <WebhooksGate slug={slug} title="Webhook">
      {(ws) => <EndpointPage key={id} workspace={ws} id={id} />}
    </WebhooksGate>
  );
}

function EndpointPage({ workspace: ws, id }: { workspace: Workspace; id: string }) {
  const webhook = useWebhook(ws.slug, id);
  useDocumentTitle(webhook.data ? `Webhook to ${hostOf(webhook.data.url)}` : 'Webhook');
  let body: ReactNode;
  if (webhook.isPending) body = <LoadingState label="Loading the endpoint…" />;
  else if (webhook.isError) {
    body = webhook.error.is(404) ? (
      <EmptyState title="This endpoint does not exist (any more).">
        <Link to={webhooksUrl(ws.slug)}>All webhooks of {ws.name}</Link>
      </EmptyState>
    ) : (
      <ErrorState error={webhook.error} onRetry={() => void webhook.refetch()} />
    );
  } else body = <Endpoint slug={ws.slug} webhook={webhook.data} />;
  return (
    <>
      <PageHeading actions={<Link to={webhooksUrl(ws.slug)}>All webhooks</Link>}>Webhook endpoint</PageHeading>
      {body}
    </>
  );
}

function Endpoint({ slug, webhook }: { slug: string; webhook: Webhook }) {
  const navigate = useNavigate();
  const [rotated, setRotated] = useState<CreatedWebhook | null>(null);
  const state = endpointState(webhook);
  return (
    <>
      <p className="webhook-url">
        <strong>{webhook.url}</strong> <StateBadge tone={state.tone}>{state.label}</StateBadge>
        {state.detail && <span className="muted"> {state.detail}</span>}
      </p>
      {rotated && <SecretReveal created={rotated} rotated onDone={() => setRotated(null)} />}
      <WebhookActions slug={slug} webhook={webhook} onRotated={setRotated} onDeleted={() => void navigate(webhooksUrl(slug), { replace: true })} />
      <section className="panel" aria-labelledby="deliveries-title">
        <h2 id="deliveries-title">Deliveries</h2>
        <DeliveryLog slug={slug} webhookId={webhook.id} />
      </section>
      <section className="panel" aria-labelledby="settings-title">
        <h2 id="settings-title">Settings</h2>
        <WebhookForm key={webhook.updatedAt} slug={slug} webhook={webhook} onSaved={() => toast.success('The endpoint was saved.')} />
      </section>
    </>
  );
}

/** /workspaces/:slug/webhooks/:id/deliveries/:deliveryId: one delivery's attempts and payload, Redeliver. */
export function WebhookDeliveryPage() {
  const { slug = '', id = '', deliveryId = '' } = useParams();
  return (
    <WebhooksGate slug={slug} title="Webhook delivery">
      {(ws) => <DeliveryPage key={deliveryId} slug={ws.slug} id={id} deliveryId={deliveryId} />}
    </WebhooksGate>
  );
}

function DeliveryPage({ slug, id, deliveryId }: { slug: string; id: string; deliveryId: string }) {
  useDocumentTitle('Webhook delivery');
  return (
    <>
      <PageHeading actions={<Link to={`${webhooksUrl(slug)}/${encodeURIComponent(id)}`}>Back to the endpoint</Link>}>Webhook delivery</PageHeading>
      <DeliveryDetails slug={slug} webhookId={id} deliveryId={deliveryId} />
    </>
  );
}
