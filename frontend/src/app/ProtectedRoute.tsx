import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../components/states';
import { type Role, useSession } from '../lib/auth';
import { signInPath } from './next-path';
import { ForbiddenPage } from './routes/ForbiddenPage';

/** Pages for signed-in users (optionally of one role); others are sent to sign in and brought back after. */
export function ProtectedRoute({ role }: { role?: Role }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <LoadingState label="Restoring your session…" />;
  if (session.status === 'anonymous') return <Navigate to={signInPath(location, session.reason)} replace />;
  if (role && session.user.role !== role) return <ForbiddenPage />;
  return <Outlet />;
}
