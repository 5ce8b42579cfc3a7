import { useCallback, useSyncExternalStore } from 'react';
import { useCurrentUser } from '../../lib/auth';
import { useWorkspaces } from './api/workspaces';
import type { Workspace } from './types';

/*
 * The workspace the user works in: its slug, remembered per user in localStorage (not a secret, and
 * another user of this browser keeps their own). A slug the user no longer belongs to (left, removed,
 * renamed elsewhere) falls back to the personal workspace.
 */

const storageKey = (userId: string) => `shelfwise.workspace.${userId}`;
const listeners = new Set<() => void>();

function readChoice(userId: string): string | null {
  try {
    return localStorage.getItem(storageKey(userId));
  } catch {
    return null;
  }
}

function rememberWorkspace(userId: string, slug: string): void {
  try {
    localStorage.setItem(storageKey(userId), slug);
  } catch {
    // Storage disabled: the user stays in the personal workspace, the default.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab switching workspace switches this one too, so both show the same products.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** Which of `workspaces` is current: the chosen one if the user still belongs to it, else the personal one. */
function pickCurrent(workspaces: readonly Workspace[], chosen: string | null): Workspace | undefined {
  return workspaces.find((w) => w.slug === chosen) ?? workspaces.find((w) => w.personal) ?? workspaces[0];
}

export function useCurrentWorkspace() {
  const user = useCurrentUser();
  const userId = user?.id ?? null;
  const chosen = useSyncExternalStore(subscribe, () => (userId ? readChoice(userId) : null));
  const workspaces = useWorkspaces();
  const choose = useCallback((slug: string) => {
    if (userId) rememberWorkspace(userId, slug);
  }, [userId]);
  return { workspaces, current: workspaces.data ? pickCurrent(workspaces.data, chosen) : undefined, choose };
}
