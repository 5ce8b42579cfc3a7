import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import { useDeleteWebhook, usePingWebhook, useRotateSecret, useUpdateWebhook } from '../api/webhooks';
import type { CreatedWebhook, Webhook } from '../types';
import './webhooks.css';

interface WebhookActionsProps {
  slug: string;
  webhook: Webhook;
  onRotated: (created: CreatedWebhook) => void;
  onDeleted: () => void;
}

/** Test ping, turning the endpoint off and on, a new secret and deletion (the last two confirmed first). */
export function WebhookActions({ slug, webhook, onRotated, onDeleted }: WebhookActionsProps) {
  const [confirming, setConfirming] = useState<'rotate' | 'delete' | null>(null);
  const ping = usePingWebhook();
  const update = useUpdateWebhook();
  const rotate = useRotateSecret();
  const remove = useDeleteWebhook();
  const target = { slug, id: webhook.id };
  const onError = (error: unknown) => toast.error(describeError(error));

  const sendPing = () =>
    ping.mutate(target, { onSuccess: () => toast.success('A test ping is on its way; it shows in the deliveries below.'), onError });

  const setEnabled = (enabled: boolean) =>
    update.mutate(
      { ...target, changes: { enabled } },
      { onSuccess: () => toast.success(enabled ? 'The endpoint is enabled again.' : 'The endpoint is disabled: no events are sent to it.'), onError },
    );

  return (
    <>
      <div className="webhook-actions">
        <button type="button" className="button button--secondary" onClick={sendPing} disabled={ping.isPending}>
          {ping.isPending ? 'Sending…' : 'Send test ping'}
        </button>
        {webhook.enabled ? (
          <button type="button" className="button button--secondary" onClick={() => setEnabled(false)} disabled={update.isPending}>
            Disable
          </button>
        ) : (
          <button type="button" className="button" onClick={() => setEnabled(true)} disabled={update.isPending}>
            Enable
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => setConfirming('rotate')}>
          Rotate secret
        </button>
        <button type="button" className="button button--danger-outline" onClick={() => setConfirming('delete')}>
          Delete endpoint
        </button>
      </div>
      <ConfirmDialog
        open={confirming === 'rotate'}
        title="Rotate the signing secret?"
        confirmLabel="Rotate secret"
        pending={rotate.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() =>
          rotate.mutate(target, {
            onSuccess: (created) => onRotated(created),
            onError,
            onSettled: () => setConfirming(null),
          })
        }
      >
        <p>Deliveries are signed with a new secret from now on: the receiver must be given it, or it will refuse them.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'delete'}
        title="Delete this endpoint?"
        confirmLabel="Delete endpoint"
        pending={remove.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() =>
          remove.mutate(target, {
            onSuccess: () => {
              toast.success('The endpoint was deleted.');
              onDeleted();
            },
            onError,
            onSettled: () => setConfirming(null),
          })
        }
      >
        <p>
          No more events go to <span className="webhook-url">{webhook.url}</span>, and its delivery log is deleted with it. This cannot be undone.
        </p>
      </ConfirmDialog>
    </>
  );
}
