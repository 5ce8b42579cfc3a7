/** One root, so that leaving or deleting a workspace can drop everything cached about it at once. */
export const workspaceKeys = {
  all: ['workspaces'] as const,
  list: () => [...workspaceKeys.all, 'list'] as const,
  detail: (slug: string) => [...workspaceKeys.all, 'detail', slug] as const,
  members: (slug: string) => [...workspaceKeys.detail(slug), 'members'] as const,
  invitations: (slug: string) => [...workspaceKeys.detail(slug), 'invitations'] as const,
};

export const workspacePath = (slug: string, rest = '') => `/workspaces/${encodeURIComponent(slug)}${rest}`;
