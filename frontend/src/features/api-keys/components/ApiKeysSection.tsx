import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState, LoadingState } from '../../../components/states';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import { formatDate } from '../../../lib/format';
import { type ApiKey, type CreatedApiKey, useApiKeys, useRevokeApiKey } from '../api/api-keys';
import { CreateApiKeyForm } from './CreateApiKeyForm';

const SCOPE_LABELS: Record<ApiKey['scopes'][number], string> = { 'products:read': 'read products', 'products:write': 'change products' };

const isExpired = (key: ApiKey) => key.expiresAt !== null && new Date(key.expiresAt).getTime() <= Date.now();

/** Account page: personal API keys for scripts (curl, Postman): list, create (shown once), revoke. */
export function ApiKeysSection() {
  const keys = useApiKeys();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const revoke = useRevokeApiKey();

  let list;
  if (keys.isPending) list = <LoadingState label="Loading API keys…" />;
  else if (keys.isError) list = <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />;
  else if (keys.data.length === 0) list = <p>You have no API keys.</p>;
  else
    list = (
      <ul className="stack" aria-label="Your API keys">
        {keys.data.map((key) => (
          <li key={key.id}>
            <strong>{key.name}</strong> <code>sw_{key.prefix}_…</code>
            <br />
            <span className="muted">
              Can {key.scopes.map((s) => SCOPE_LABELS[s]).join(' and ')} · created {formatDate(key.createdAt)} ·{' '}
              {key.lastUsedAt ? `last used ${formatDate(key.lastUsedAt)}` : 'never used'} ·{' '}
              {key.expiresAt ? `${isExpired(key) ? 'expired' : 'expires'} ${formatDate(key.expiresAt)}` : 'does not expire'}
            </span>{' '}
            <button type="button" className="button button--small button--danger" onClick={() => setRevoking(key)}>
              Revoke <span className="visually-hidden">{key.name}</span>
            </button>
          </li>
        ))}
      </ul>
    );

  return (
    <section className="panel" aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">API keys</h2>
      <p>
        For scripts and tools such as curl or Postman: send a key as <code>Authorization: Bearer &lt;key&gt;</code> to the products API. A key
        cannot change your account.
      </p>
      {created ? <NewKey created={created} onDone={() => setCreated(null)} /> : <CreateApiKeyForm onCreated={setCreated} />}
      {list}
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke key"
        pending={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          revoke.mutate(revoking.id, {
            onSuccess: () => toast.success(`The key “${revoking.name}” was revoked.`),
            onError: (error) => toast.error(describeError(error)),
            onSettled: () => setRevoking(null),
          });
        }}
      >
        <p>Scripts using this key stop working at once. This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}

function NewKey({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  async function copy() {
    try {
      await navigator.clipboard.writeText(created.key);
      toast.success('The key was copied.');
    } catch {
      toast.error('Could not copy; select the key and copy it yourself.');
    }
  }

  return (
    <div role="region" aria-label="New API key">
      <p role="status">
        The key “{created.name}” was created. <strong>Copy it now: you will not see it again.</strong>
      </p>
      <p>
        <code data-testid="new-api-key" className="secret">
          {created.key}
        </code>
      </p>
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        Copy key
      </button>{' '}
      <button type="button" className="button" onClick={onDone}>
        I have copied it
      </button>
    </div>
  );
}
