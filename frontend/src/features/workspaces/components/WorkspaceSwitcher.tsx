import { useId } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentWorkspace } from '../current-workspace';

const NEW = '__new__';

/**
 * The header's compact select: the user's workspaces (personal first, as the API orders them) and
 * "New workspace…". On a page of one workspace (/workspaces/:slug/…) switching opens the same page
 * of the other; elsewhere the page stays and shows the new workspace's products.
 */
export function WorkspaceSwitcher() {
  const id = useId();
  const { workspaces, current, choose } = useCurrentWorkspace();
  const navigate = useNavigate();
  const location = useLocation();
  if (!workspaces.data || !current) return null;

  function onChange(value: string) {
    if (value === NEW) return void navigate('/workspaces/new');
    choose(value);
    const match = /^\/workspaces\/[^/]+(\/.+)$/.exec(location.pathname);
    if (match && location.pathname !== '/workspaces/new') void navigate(`/workspaces/${encodeURIComponent(value)}${match[1]}`);
  }

  return (
    <div className="header__workspace">
      <label htmlFor={id} className="visually-hidden">
        Workspace
      </label>
      <select id={id} value={current.slug} onChange={(e) => onChange(e.target.value)}>
        {workspaces.data.map((w) => (
          <option key={w.id} value={w.slug}>
            {w.personal ? `${w.name} (personal)` : w.name}
          </option>
        ))}
        <option value={NEW}>New workspace…</option>
      </select>
    </div>
  );
}
