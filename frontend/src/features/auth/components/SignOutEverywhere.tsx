import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useLogout } from '../api/logout';

/** After it the protected page redirects to sign-in, which shows why the user was signed out. */
export function SignOutEverywhere() {
  const [open, setOpen] = useState(false);
  const logout = useLogout();
  return (
    <section className="panel" aria-labelledby="sign-out-everywhere-title">
      <h2 id="sign-out-everywhere-title">Sessions</h2>
      <p>Signs you out on every device and browser, including this one.</p>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        Sign out everywhere
      </button>
      <ConfirmDialog
        open={open}
        title="Sign out everywhere?"
        confirmLabel="Sign out everywhere"
        pending={logout.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => logout.mutate({ everywhere: true })}
      >
        <p>You will need to sign in again on all your devices.</p>
      </ConfirmDialog>
    </section>
  );
}
