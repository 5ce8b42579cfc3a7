import { useSearchParams } from 'react-router';
import { SortHeader } from '../../../components/SortHeader';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useCurrentUser } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { useSearchParam } from '../../../lib/use-search-param';
import { type UserSort, useUsers } from '../api/get-users';
import { UserRoleControl } from './UserRoleControl';
import { UserStatusControl } from './UserStatusControl';
import { UserTwoFactorControl } from './UserTwoFactorControl';

const DEFAULT_SORT: UserSort = '-createdAt';
const SORTS: readonly UserSort[] = ['-createdAt', 'createdAt', 'name', '-name', 'email', '-email'];
/** The API refuses longer searches (backend users.schemas.ts). */
const SEARCH_MAX = 100;

const isUserSort = (value: string | null): value is UserSort => SORTS.includes(value as UserSort);

/**
 * Every user (admins only), searched by name or email and ordered by a column's header; the search
 * and the order live in the address, so a reload or a shared link shows the same list.
 */
export function UsersTable() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = useSearchParam();
  const sortParam = searchParams.get('sort');
  const sort = isUserSort(sortParam) ? sortParam : DEFAULT_SORT;
  const users = useUsers({ q: search.q, sort: sort === DEFAULT_SORT ? undefined : sort });

  function setSort(next: UserSort) {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next === DEFAULT_SORT) params.delete('sort');
        else params.set('sort', next);
        return params;
      },
      { replace: true },
    );
  }

  return (
    <>
      <div className="filters">
        <div className="field filters__search">
          <label htmlFor="users-q">Search</label>
          <input
            id="users-q"
            type="search"
            placeholder="Name or email"
            maxLength={SEARCH_MAX}
            value={search.draft}
            onChange={(e) => search.setDraft(e.target.value)}
          />
        </div>
      </div>
      <UsersList users={users} searched={Boolean(search.q)} sort={sort} onSort={setSort} />
    </>
  );
}

interface UsersListProps {
  users: ReturnType<typeof useUsers>;
  searched: boolean;
  sort: UserSort;
  onSort: (sort: UserSort) => void;
}

function UsersList({ users, searched, sort, onSort }: UsersListProps) {
  const currentUser = useCurrentUser();
  const items = users.data?.pages.flatMap((page) => page.data) ?? [];

  if (users.isPending) return <LoadingState label="Loading users…" />;
  if (users.isError && items.length === 0) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  if (items.length === 0) return <EmptyState title={searched ? 'No users match this search.' : 'No users yet.'} />;

  return (
    // Busy while a new search or order replaces the rows shown.
    <div aria-busy={users.isPlaceholderData}>
      <div className="table-wrap">
        <table className="table table--stack">
          <caption className="visually-hidden">Users</caption>
          <thead>
            <tr>
              <SortHeader column="name" label="Name" sort={sort} onSort={onSort} />
              <SortHeader column="email" label="Email" sort={sort} onSort={onSort} />
              <SortHeader column="createdAt" label="Joined" first="descending" sort={sort} onSort={onSort} />
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
    </div>
  );
}
