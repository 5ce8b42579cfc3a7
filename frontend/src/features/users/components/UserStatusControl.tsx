import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import type { User } from '../../../lib/auth';
import { useSetUserStatus } from '../api/set-user-status';

/** Deactivate (signs the user out everywhere, ends their API keys) or reactivate, after a confirmation. */
export function UserStatusControl({ user, isSelf }: { user: User; isSelf: boolean }) {
  const [open, setOpen] = useState(false);
  const change = useSetUserStatus();
  const active = user.deactivatedAt === null;

  // Admins cannot deactivate themselves (the API refuses it too): they would lose this page.
  if (isSelf) return <span className="muted">Active (you)</span>;

  function confirm() {
    change.mutate(
      { id: user.id, active: !active },
      {
        onSuccess: (saved) => toast.success(saved.deactivatedAt ? `${saved.email} was deactivated.` : `${saved.email} was reactivated.`),
        onError: (error) => toast.error(describeError(error)),
        onSettled: () => setOpen(false),
      },
    );
  }

  return (
    <>
      <span className={active ? undefined : 'muted'}>{active ? 'Active' : 'Deactivated'}</span>{' '}
      <button type="button" className={`button button--small${active ? ' button--danger' : ''}`} onClick={() => setOpen(true)}>
        {active ? 'Deactivate' : 'Reactivate'} <span className="visually-hidden">{user.email}</span>
      </button>
      <ConfirmDialog
        open={open}
        title={active ? `Deactivate ${user.email}?` : `Reactivate ${user.email}?`}
        confirmLabel={active ? 'Deactivate' : 'Reactivate'}
        pending={change.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={confirm}
      >
        {active ? (
          <p>They are signed out everywhere at once, their API keys stop working, and they cannot sign in until reactivated.</p>
        ) : (
          <p>They can sign in again. Their old sessions and API keys stay ended.</p>
        )}
      </ConfirmDialog>
    </>
  );
}
