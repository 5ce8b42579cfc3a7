import { Link, useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { AuditLog } from '../../features/audit/components/AuditLog';
import { useWorkspace } from '../../features/workspaces/api/workspaces';
import { can } from '../../features/workspaces/permissions';
import { useDocumentTitle } from '../../lib/document-title';

/** /workspaces/:slug/audit: the workspace's audit log, for its owners (and platform admins). */
export function WorkspaceAuditPage() {
  const { slug = '' } = useParams();
  const workspace = useWorkspace(slug);
  useDocumentTitle(workspace.data ? `Audit log of ${workspace.data.name}` : 'Audit log');

  if (workspace.isPending) return <LoadingState label="Loading the workspace…" />;
  if (workspace.isError) {
    if (workspace.error.is(404)) return <EmptyState title="This workspace does not exist, or you are not a member of it." />;
    return <ErrorState error={workspace.error} onRetry={() => void workspace.refetch()} />;
  }
  const ws = workspace.data;
  const members = <Link to={`/workspaces/${encodeURIComponent(ws.slug)}/members`}>Back to the members</Link>;
  if (!can(ws, 'audit.read')) {
    return <EmptyState title="Only the workspace's owners may read its audit log.">{members}</EmptyState>;
  }
  return (
    <>
      <PageHeading>Audit log of {ws.name}</PageHeading>
      <p>{members}</p>
      <AuditLog key={ws.slug} scope={{ kind: 'workspace', slug: ws.slug }} />
    </>
  );
}
