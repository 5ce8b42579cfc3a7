import { useEffect, useId, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
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
  const location = useLocation();
  const user = session.status === 'authenticated' ? session.user : null;
  const { current } = useCurrentWorkspace();
  const menuId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  // The page the phone menu was opened on: navigating anywhere closes it, with no effect to run.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === location.key;

  function signOut() {
    logout.mutate(
      { everywhere: false },
      {
        onSuccess: () => toast.success('You are signed out.'),
        onSettled: () => void navigate('/'),
      },
    );
  }

  // Escape closes the open menu from anywhere and gives the focus back to its button.
  useEffect(() => {
    if (!menuOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpenAt(null);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menuOpen]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SessionEffects />
      {/* One row of fixed height at every width: whatever the session turns out to be, nothing below moves. */}
      <header className="header">
        <div className="header__inner">
          <NavLink to="/" className="brand">
            Shelfwise
          </NavLink>
          {/* Shown on narrow screens only (styles.css), where the links and account controls fold into a panel. */}
          <button
            ref={toggle}
            type="button"
            className="button button--secondary button--small header__menu-toggle"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpenAt(menuOpen ? null : location.key)}
          >
            Menu
          </button>
          <div id={menuId} className="header__menu" data-open={menuOpen || undefined}>
            <nav aria-label="Main" className="nav">
              <NavLink to="/" end>
                Catalogue
              </NavLink>
              {user && <NavLink to="/my/products">My products</NavLink>}
              {user && <NavLink to="/jobs">Jobs</NavLink>}
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
