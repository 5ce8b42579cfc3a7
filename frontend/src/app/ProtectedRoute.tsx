import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../components/states';
import { type Role, useSession } from '../lib/auth';
import { ForbiddenPage } from './routes/ForbiddenPage';

/** Pages for signed-in users (optionally of one role); others are sent to sign in and brought back after. */
export function ProtectedRoute({ role }: { role?: Role }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <LoadingState label="Restoring your session…" />;
  if (session.status === 'anonymous') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (role && session.user.role !== role) return <ForbiddenPage />;
  return <Outlet />;
}
