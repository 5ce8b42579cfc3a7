import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState, LoadingState } from '../../../components/states';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import { formatDate } from '../../../lib/format';
import { useInvitations, useRevokeInvitation } from '../api/invitations';
import { ROLE_LABELS, type Invitation } from '../types';

const describe = (invitation: Invitation) => invitation.email ?? 'Link';

/** Invitations not yet accepted, revoked or expired; revoking one makes its link useless at once. */
export function PendingInvitations({ slug, mayRevoke }: { slug: string; mayRevoke: boolean }) {
  const invitations = useInvitations(slug);
  const revoke = useRevokeInvitation();
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  if (invitations.isPending) return <LoadingState label="Loading invitations…" />;
  if (invitations.isError) return <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />;
  if (invitations.data.length === 0) return <p>No pending invitations.</p>;

  return (
    <>
      <ul className="stack" aria-label="Pending invitations">
        {invitations.data.map((invitation) => (
          <li key={invitation.id}>
            <strong>{describe(invitation)}</strong> as {ROLE_LABELS[invitation.role].toLowerCase()}
            <br />
            <span className="muted">
              invited by {invitation.invitedBy.name} {formatDate(invitation.createdAt)} · expires {formatDate(invitation.expiresAt)}
            </span>{' '}
            {mayRevoke && (
              <button type="button" className="button button--small button--danger-outline" onClick={() => setRevoking(invitation)}>
                Revoke <span className="visually-hidden">the invitation of {describe(invitation)}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        pending={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          revoke.mutate(
            { slug, id: revoking.id },
            {
              onSuccess: () => toast.success('The invitation was revoked.'),
              onError: (error) => toast.error(describeError(error)),
              onSettled: () => setRevoking(null),
            },
          );
        }}
      >
        <p>Its link stops working at once.</p>
      </ConfirmDialog>
    </>
  );
}
