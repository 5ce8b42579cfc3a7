import { useId, useState } from 'react';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import type { Role, User } from '../../../lib/auth';
import { useUpdateUserRole } from '../api/update-user-role';

export function UserRoleControl({ user, isSelf }: { user: User; isSelf: boolean }) {
  const id = useId();
  const [role, setRole] = useState<Role>(user.role);
  const update = useUpdateUserRole();

  return (
    <form
      className="quick-edit"
      aria-label={`Role of ${user.email}`}
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          { id: user.id, role },
          {
            onSuccess: (saved) => toast.success(`${saved.email} is now ${saved.role === 'ADMIN' ? 'an admin' : 'a user'}.`),
            onError: (error) => {
              setRole(user.role);
              toast.error(describeError(error));
            },
          },
        );
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        Role of {user.email}
      </label>
      <select id={id} value={role} onChange={(e) => setRole(e.target.value as Role)} disabled={isSelf || update.isPending}>
        <option value="USER">User</option>
        <option value="ADMIN">Admin</option>
      </select>
      {/* Admins cannot demote themselves here: it would lock them out of this very page. */}
      {isSelf ? (
        <span className="muted">(you)</span>
      ) : (
        <button type="submit" className="button button--small" disabled={role === user.role || update.isPending}>
          {update.isPending ? 'Saving…' : 'Save role'}
        </button>
      )}
    </form>
  );
}
