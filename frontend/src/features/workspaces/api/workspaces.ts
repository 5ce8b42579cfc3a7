import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { getSession, useCurrentUser } from '../../../lib/auth';
import type { CreateWorkspaceRequest, UpdateWorkspaceRequest, Workspace, WorkspaceList } from '../types';
import { workspaceKeys, workspacePath } from './query-keys';

async function getWorkspaces(): Promise<Workspace[]> {
  const { data } = await apiClient.get<WorkspaceList>('/workspaces');
  return data.data;
}

async function getWorkspace(slug: string): Promise<Workspace> {
  const { data } = await apiClient.get<Workspace>(workspacePath(slug));
  return data;
}

async function createWorkspace(body: CreateWorkspaceRequest): Promise<Workspace> {
  const { data } = await apiClient.post<Workspace>('/workspaces', body);
  return data;
}

async function updateWorkspace({ slug, changes }: { slug: string; changes: UpdateWorkspaceRequest }): Promise<Workspace> {
  const { data } = await apiClient.patch<Workspace>(workspacePath(slug), changes);
  return data;
}

async function deleteWorkspace({ slug, confirm }: { slug: string; confirm: string }): Promise<void> {
  await apiClient.delete(workspacePath(slug), { params: { confirm } });
}

async function leaveWorkspace(slug: string): Promise<void> {
  await apiClient.post(workspacePath(slug, '/leave'));
}

async function transferOwnership({ slug, userId }: { slug: string; userId: string }): Promise<Workspace> {
  const { data } = await apiClient.post<Workspace>(workspacePath(slug, '/transfer-ownership'), { userId });
  return data;
}

/**
 * The signed-in user's memberships, personal workspace first (the API's order). `enabled` reads the
 * session when asked, not when the header last rendered: at a sign-out the session effects reset
 * the active queries before this observer hears of it, and would otherwise refetch as nobody (a 401).
 */
export function useWorkspaces() {
  const signedIn = useCurrentUser() !== null;
  // A change from false to a function is a change of `enabled`, so signing in fetches at once.
  const enabled = signedIn ? () => getSession().status === 'authenticated' : false;
  return useQuery(queryOptions({ queryKey: workspaceKeys.list(), queryFn: getWorkspaces, enabled }));
}

export function useWorkspace(slug: string) {
  return useQuery(queryOptions({ queryKey: workspaceKeys.detail(slug), queryFn: () => getWorkspace(slug) }));
}

function useInvalidateWorkspaces() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: workspaceKeys.all });
}

export function useCreateWorkspace() {
  const invalidate = useInvalidateWorkspaces();
  return useMutation({ mutationFn: createWorkspace, onSuccess: invalidate });
}

export function useUpdateWorkspace() {
  const invalidate = useInvalidateWorkspaces();
  return useMutation({ mutationFn: updateWorkspace, onSuccess: invalidate });
}

/** Deleting or leaving: what was cached about the workspace is gone (its products' lists refetch from the new current one). */
export function useDeleteWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWorkspace,
    onSuccess: (_data, { slug }) => {
      queryClient.removeQueries({ queryKey: workspaceKeys.detail(slug) });
      return queryClient.invalidateQueries({ queryKey: workspaceKeys.list() });
    },
  });
}

export function useLeaveWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: leaveWorkspace,
    onSuccess: (_data, slug) => {
      queryClient.removeQueries({ queryKey: workspaceKeys.detail(slug) });
      return queryClient.invalidateQueries({ queryKey: workspaceKeys.list() });
    },
  });
}

export function useTransferOwnership() {
  const invalidate = useInvalidateWorkspaces();
  return useMutation({ mutationFn: transferOwnership, onSuccess: invalidate });
}
