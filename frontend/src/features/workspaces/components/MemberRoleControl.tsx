import { useId, useState } from 'react';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import { useChangeRole } from '../api/members';
import { type Member, ROLE_LABELS, type Workspace, type WorkspaceRole } from '../types';

/** The roles the caller may give: only an owner makes owners (an admin's "owner" would be refused). */
function assignableRoles(caller: Workspace['role']): WorkspaceRole[] {
  return caller === 'owner' ? ['owner', 'admin', 'editor', 'viewer'] : ['admin', 'editor', 'viewer'];
}

export function MemberRoleControl({ slug, member, callerRole }: { slug: string; member: Member; callerRole: Workspace['role'] }) {
  const id = useId();
  const [role, setRole] = useState<WorkspaceRole>(member.role);
  const change = useChangeRole();

  return (
    <form
      className="quick-edit"
      aria-label={`Role of ${member.email}`}
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate(
          { slug, userId: member.userId, role },
          {
            onSuccess: (saved) => toast.success(`${saved.name} is now ${ROLE_LABELS[saved.role].toLowerCase()}.`),
            onError: (error) => {
              setRole(member.role);
              toast.error(describeError(error));
            },
          },
        );
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        Role of {member.email}
      </label>
      <select id={id} value={role} onChange={(e) => setRole(e.target.value as WorkspaceRole)} disabled={change.isPending}>
        {assignableRoles(callerRole).map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small" disabled={role === member.role || change.isPending}>
        {change.isPending ? 'Saving…' : 'Save role'}
      </button>
    </form>
  );
}
