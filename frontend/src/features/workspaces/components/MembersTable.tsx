import { ErrorState, LoadingState } from '../../../components/states';
import { formatDate } from '../../../lib/format';
import { useMembers } from '../api/members';
import { can } from '../permissions';
import { type Member, ROLE_LABELS, type Workspace } from '../types';
import { MemberActions } from './MemberActions';
import { MemberRoleControl } from './MemberRoleControl';

/** An admin may manage everyone but owners; an owner everyone (the API refuses the rest with 403). */
function manageable(workspace: Workspace, member: Member): boolean {
  return workspace.role === 'owner' || member.role !== 'owner';
}

export function MembersTable({ workspace, userId }: { workspace: Workspace; userId: string }) {
  const members = useMembers(workspace.slug);
  if (members.isPending) return <LoadingState label="Loading members…" />;
  if (members.isError) return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;

  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">Members of {workspace.name}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Joined</th>
            <th scope="col">Role</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {members.data.map((member) => {
            const self = member.userId === userId;
            const managed = !self && manageable(workspace, member);
            return (
              <tr key={member.userId}>
                <th scope="row">
                  {member.name}
                  {self && <span className="muted"> (you)</span>}
                </th>
                <td data-label="Email">{member.email}</td>
                <td data-label="Joined">{formatDate(member.joinedAt)}</td>
                <td data-label="Role">
                  {managed && can(workspace, 'member.change_role') ? (
                    <MemberRoleControl key={member.role} slug={workspace.slug} member={member} callerRole={workspace.role} />
                  ) : (
                    ROLE_LABELS[member.role]
                  )}
                </td>
                <td data-label="Actions">
                  {managed && (
                    <MemberActions
                      workspace={workspace}
                      member={member}
                      mayRemove={can(workspace, 'member.remove')}
                      mayTransfer={member.role !== 'owner' && can(workspace, 'ownership.transfer')}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
