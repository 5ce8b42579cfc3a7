import { NavLink, Outlet, useNavigate } from 'react-router';
import { toast } from '../components/toast';
import { useLogout } from '../features/auth/api/logout';
import { WorkspaceSwitcher } from '../features/workspaces/components/WorkspaceSwitcher';
import { useCurrentWorkspace } from '../features/workspaces/current-workspace';
import { useSession } from '../lib/auth';
import { SessionEffects } from './SessionEffects';

export function Layout() {
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const user = session.status === 'authenticated' ? session.user : null;
  const { current } = useCurrentWorkspace();

  function signOut() {
    logout.mutate(
      { everywhere: false },
      {
        onSuccess: () => toast.success('You are signed out.'),
        onSettled: () => void navigate('/'),
      },
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SessionEffects />
      <header className="header">
        <div className="header__inner">
          <NavLink to="/" className="brand">
            Shelfwise
          </NavLink>
          <nav aria-label="Main" className="nav">
            <NavLink to="/" end>
              Catalogue
            </NavLink>
            {user && <NavLink to="/my/products">My products</NavLink>}
            {user && current && <NavLink to={`/workspaces/${encodeURIComponent(current.slug)}/members`}>Members</NavLink>}
            {user?.role === 'ADMIN' && <NavLink to="/admin/products">Admin</NavLink>}
          </nav>
          <div className="header__account">
            {session.status === 'restoring' ? null : user ? (
              <>
                <WorkspaceSwitcher />
                <NavLink to="/account" className="header__user">
                  {user.name}
                </NavLink>
                <button type="button" className="button button--secondary button--small" onClick={signOut} disabled={logout.isPending}>
                  Sign out
                </button>
              </>
            ) : (
              <>
                <NavLink to="/login">Sign in</NavLink>
                <NavLink to="/register" className="button button--small">
                  Register
                </NavLink>
              </>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="main">
        <Outlet />
      </main>
      <footer className="footer">
        <p>Shelfwise</p>
      </footer>
    </>
  );
}
