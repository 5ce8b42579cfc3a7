import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { CreatedInvitation, Invitation, InvitationList, InvitationLookup, Workspace } from '../types';
import { workspaceKeys, workspacePath } from './query-keys';

async function getInvitations(slug: string): Promise<Invitation[]> {
  const { data } = await apiClient.get<InvitationList>(workspacePath(slug, '/invitations'));
  return data.data;
}

async function createInvitation({ slug, email, role }: { slug: string; email?: string; role: Invitation['role'] }): Promise<CreatedInvitation> {
  const { data } = await apiClient.post<CreatedInvitation>(workspacePath(slug, '/invitations'), email ? { email, role } : { role });
  return data;
}

async function revokeInvitation({ slug, id }: { slug: string; id: string }): Promise<void> {
  await apiClient.delete(workspacePath(slug, `/invitations/${encodeURIComponent(id)}`));
}

async function lookupInvitation(token: string): Promise<InvitationLookup> {
  const { data } = await apiClient.post<InvitationLookup>('/invitations/lookup', { token });
  return data;
}

async function acceptInvitation(token: string): Promise<Workspace> {
  const { data } = await apiClient.post<Workspace>('/invitations/accept', { token });
  return data;
}

export function useInvitations(slug: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery(queryOptions({ queryKey: workspaceKeys.invitations(slug), queryFn: () => getInvitations(slug), enabled }));
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: (_data, { slug }) => queryClient.invalidateQueries({ queryKey: workspaceKeys.invitations(slug) }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSuccess: (_data, { slug }) => queryClient.invalidateQueries({ queryKey: workspaceKeys.invitations(slug) }),
  });
}

/**
 * What an invitation link offers, for anyone holding it (no sign-in needed). A POST, so the token
 * stays out of URLs the API logs; it changes nothing, so it is read like any query, once.
 */
export function useInvitationLookup(token: string) {
  return useQuery(
    queryOptions({ queryKey: ['invitations', 'lookup', token], queryFn: () => lookupInvitation(token), staleTime: Infinity, retry: false }),
  );
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: acceptInvitation, onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.all }) });
}
