import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useCurrentUser } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { useUsers } from '../api/get-users';
import { UserRoleControl } from './UserRoleControl';
import { UserStatusControl } from './UserStatusControl';
import { UserTwoFactorControl } from './UserTwoFactorControl';

export function UsersTable() {
  const currentUser = useCurrentUser();
  const users = useUsers();
  const items = users.data?.pages.flatMap((page) => page.data) ?? [];

  if (users.isPending) return <LoadingState label="Loading users…" />;
  if (users.isError && items.length === 0) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  if (items.length === 0) return <EmptyState title="No users yet." />;

  return (
    <>
      <div className="table-wrap">
        <table className="table table--stack">
          <caption className="visually-hidden">Users</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Joined</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Two-factor</th>
            </tr>
          </thead>
          <tbody>
            {items.map((user) => (
              <tr key={user.id}>
                <th scope="row">{user.name}</th>
                <td data-label="Email">{user.email}</td>
                <td data-label="Joined">{formatDate(user.createdAt)}</td>
                <td data-label="Role">
                  <UserRoleControl key={user.role} user={user} isSelf={user.id === currentUser?.id} />
                </td>
                <td data-label="Status">
                  <UserStatusControl user={user} isSelf={user.id === currentUser?.id} />
                </td>
                <td data-label="Two-factor">
                  <UserTwoFactorControl user={user} isSelf={user.id === currentUser?.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {users.hasNextPage && (
        <div className="load-more">
          <button type="button" className="button button--secondary" onClick={() => void users.fetchNextPage()} disabled={users.isFetchingNextPage}>
            {users.isFetchingNextPage ? 'Loading more…' : 'Load more users'}
          </button>
        </div>
      )}
    </>
  );
}
