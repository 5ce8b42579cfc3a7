import { Link, Navigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { LoginForm } from '../../features/auth/components/LoginForm';
import { isSignOutReason, type SignOutReason, useSession } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/document-title';
import { PASSWORD_RESET_DONE } from '../next-path';
import { useNextPath } from './use-next-path';

// Worded for someone who did not ask to be signed out, except the first, which they did.
const SIGNED_OUT_BECAUSE: Record<SignOutReason, string> = {
  signed_out: 'You are signed out.',
  signed_out_everywhere: 'You were signed out everywhere, on all your devices. Sign in again.',
  session_ended: 'Your session ended. Sign in again.',
  password_changed: 'You were signed out because your password was changed.',
  password_reset: 'You were signed out because your password was reset.',
  account_deactivated: 'Your account was deactivated by an administrator.',
};

export function LoginPage() {
  useDocumentTitle('Sign in');
  const session = useSession();
  const { next, requested, goNext } = useNextPath();
  // From the address (app/next-path.ts signInPath), so the explanation survives the redirect and a reload.
  const reason = useSearchParams()[0].get('reason');

  if (session.status === 'authenticated') return <Navigate to={next} replace />;

  return (
    <div className="narrow">
      <PageHeading>Sign in</PageHeading>
      {isSignOutReason(reason) && (
        <p className="notice notice--info" role="status">
          {SIGNED_OUT_BECAUSE[reason]}
        </p>
      )}
      {reason === PASSWORD_RESET_DONE && (
        <p className="notice notice--info" role="status">
          Your password was changed. Sign in with the new one.
        </p>
      )}
      <LoginForm onSuccess={goNext} />
      <p>
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        New here? <Link to={`/register${requested ? `?next=${encodeURIComponent(next)}` : ''}`}>Create an account</Link>
      </p>
    </div>
  );
}
