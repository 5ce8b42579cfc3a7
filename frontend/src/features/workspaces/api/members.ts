import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Member, MemberList, WorkspaceRole } from '../types';
import { workspaceKeys, workspacePath } from './query-keys';

const memberPath = (slug: string, userId: string) => workspacePath(slug, `/members/${encodeURIComponent(userId)}`);

async function getMembers(slug: string): Promise<Member[]> {
  const { data } = await apiClient.get<MemberList>(workspacePath(slug, '/members'));
  return data.data;
}

async function changeRole({ slug, userId, role }: { slug: string; userId: string; role: WorkspaceRole }): Promise<Member> {
  const { data } = await apiClient.patch<Member>(memberPath(slug, userId), { role });
  return data;
}

async function removeMember({ slug, userId }: { slug: string; userId: string }): Promise<void> {
  await apiClient.delete(memberPath(slug, userId));
}

export function useMembers(slug: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery(queryOptions({ queryKey: workspaceKeys.members(slug), queryFn: () => getMembers(slug), enabled }));
}

/** A change of members changes the workspaces too (their member count in the switcher's list). */
function useMemberMutation<T extends { slug: string }, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.all }) });
}

export const useChangeRole = () => useMemberMutation(changeRole);
export const useRemoveMember = () => useMemberMutation(removeMember);
