import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useWorkspace } from '../../features/workspaces/api/workspaces';
import { useCurrentWorkspace } from '../../features/workspaces/current-workspace';
import { DeleteWorkspaceForm } from '../../features/workspaces/components/DeleteWorkspaceForm';
import { InvitationLinkForm } from '../../features/workspaces/components/InvitationLinkForm';
import { InviteByEmailForm } from '../../features/workspaces/components/InviteByEmailForm';
import { LeaveWorkspace } from '../../features/workspaces/components/LeaveWorkspace';
import { MembersTable } from '../../features/workspaces/components/MembersTable';
import { PendingInvitations } from '../../features/workspaces/components/PendingInvitations';
import { RenameWorkspaceForm } from '../../features/workspaces/components/RenameWorkspaceForm';
import { can } from '../../features/workspaces/permissions';
import { useCurrentUser } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/document-title';

/**
 * /workspaces/:slug/members: members, invitations and settings of one workspace. Each section is
 * shown only when the API's `allowed` for the caller has its action; a refusal still shows its detail.
 */
export function WorkspaceMembersPage() {
  const { slug = '' } = useParams();
  const workspace = useWorkspace(slug);
  const { choose } = useCurrentWorkspace();
  const user = useCurrentUser();
  const navigate = useNavigate();
  useDocumentTitle(workspace.data ? `Members of ${workspace.data.name}` : 'Members');
  // Opening a workspace's page makes it the current one, so the switcher and "My products" agree with it.
  const found = workspace.data?.slug;
  useEffect(() => {
    if (found) choose(found);
  }, [found, choose]);

  if (workspace.isPending) return <LoadingState label="Loading the workspace…" />;
  if (workspace.isError) {
    if (workspace.error.is(404)) return <EmptyState title="This workspace does not exist, or you are not a member of it." />;
    return <ErrorState error={workspace.error} onRetry={() => void workspace.refetch()} />;
  }
  const ws = workspace.data;
  const gone = () => void navigate('/my/products', { replace: true });

  return (
    <>
      <PageHeading>Members of {ws.name}</PageHeading>
      {ws.personal && <p className="muted">Your personal workspace.</p>}
      {can(ws, 'audit.read') && !ws.personal && (
        <p>
          <Link to={`/workspaces/${encodeURIComponent(ws.slug)}/audit`}>Audit log</Link>: who joined, left or changed roles, and the invitations.
        </p>
      )}
      {can(ws, 'webhook.manage') && (
        <p>
          <Link to={`/workspaces/${encodeURIComponent(ws.slug)}/webhooks`}>Webhooks</Link>: send the workspace's changes to other systems.
        </p>
      )}
      {can(ws, 'member.list') && user && <MembersTable workspace={ws} userId={user.id} />}
      {can(ws, 'member.invite') && (
        <section className="panel" aria-labelledby="invite-title">
          <h2 id="invite-title">Invite people</h2>
          <InviteByEmailForm slug={ws.slug} />
          <h3>Or share a link</h3>
          <InvitationLinkForm slug={ws.slug} />
        </section>
      )}
      {can(ws, 'invitation.list') && (
        <section className="panel" aria-labelledby="invitations-title">
          <h2 id="invitations-title">Pending invitations</h2>
          <PendingInvitations slug={ws.slug} mayRevoke={can(ws, 'invitation.revoke')} />
        </section>
      )}
      {can(ws, 'workspace.rename') && (
        <section className="panel" aria-labelledby="settings-title">
          <h2 id="settings-title">Name and address</h2>
          <RenameWorkspaceForm
            key={`${ws.name}:${ws.slug}`}
            workspace={ws}
            onRenamed={(saved) => {
              choose(saved.slug);
              if (saved.slug !== ws.slug) void navigate(`/workspaces/${encodeURIComponent(saved.slug)}/members`, { replace: true });
            }}
          />
        </section>
      )}
      {!ws.personal && (can(ws, 'workspace.leave') || can(ws, 'workspace.delete')) && (
        <section className="panel" aria-labelledby="danger-title">
          <h2 id="danger-title">Leave or delete</h2>
          {can(ws, 'workspace.leave') && <LeaveWorkspace workspace={ws} onLeft={gone} />}
          {can(ws, 'workspace.delete') && <DeleteWorkspaceForm workspace={ws} onDeleted={gone} />}
        </section>
      )}
    </>
  );
}
