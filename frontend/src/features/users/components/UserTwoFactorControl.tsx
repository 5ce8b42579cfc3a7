import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import type { User } from '../../../lib/auth';
import { useResetUserTwoFactor } from '../api/reset-user-two-factor';

/** Turns a user's second factor off (lost phone and lost recovery codes), after a confirmation. */
export function UserTwoFactorControl({ user, isSelf }: { user: User; isSelf: boolean }) {
  const [open, setOpen] = useState(false);
  const reset = useResetUserTwoFactor();

  if (!user.twoFactorEnabled) return <span className="muted">Off</span>;
  // Admins turn their own off on the account page, which asks for the password and a code:
  // a stolen admin session must not be able to drop the admin's second factor from here.
  if (isSelf) return <span>On (you)</span>;

  function confirm() {
    reset.mutate(
      { id: user.id },
      {
        onSuccess: () => toast.success(`Two-factor sign-in was reset for ${user.email}.`),
        onError: (error) => toast.error(describeError(error)),
        onSettled: () => setOpen(false),
      },
    );
  }

  return (
    <>
      <span>On</span>{' '}
      <button type="button" className="button button--small button--danger" onClick={() => setOpen(true)}>
        Reset two-factor <span className="visually-hidden">of {user.email}</span>
      </button>
      <ConfirmDialog
        open={open}
        title={`Reset two-factor sign-in of ${user.email}?`}
        confirmLabel="Reset two-factor"
        pending={reset.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={confirm}
      >
        <p>
          Their authenticator app and recovery codes stop working. They sign in with the password alone until they set two-factor up
          again on their account page. The reset is recorded in the audit log with you as the admin who did it.
        </p>
      </ConfirmDialog>
    </>
  );
}
