import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { type SignOutReason, useSession } from '../lib/auth';
import { signInPath } from './next-path';

/**
 * Reacts to session changes wherever they come from (this tab, another tab, a failed refresh):
 * another user's data never stays in the cache, and a session the API ended under the user leads
 * to the sign-in page, which says so.
 */
export function SessionEffects() {
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const userId = session.status === 'authenticated' ? session.user.id : null;
  const reason = session.status === 'anonymous' ? session.reason : undefined;
  const previous = useRef<string | null | undefined>(undefined);

  // An effect event: it reads the current location but is not a dependency, because only the moment
  // the session ends matters, not every later navigation.
  const sendToSignIn = useEffectEvent((why: SignOutReason) => {
    if (location.pathname === '/login') return;
    void navigate(signInPath(location, why), { replace: true });
  });

  useEffect(() => {
    if (session.status === 'restoring') return;
    if (previous.current !== undefined && previous.current !== userId) {
      // Inactive queries are dropped; the visible ones refetch as the new user (or as nobody).
      queryClient.removeQueries({ type: 'inactive' });
      void queryClient.resetQueries({ type: 'active' });
      // A session this tab held (not one found dead on load: a public page then stays where it is),
      // ended by anything but a plain sign-out (which lands on the catalogue): sign-in says why.
      if (reason && reason !== 'signed_out') sendToSignIn(reason);
    }
    previous.current = userId;
  }, [session.status, userId, reason, queryClient]);

  return null;
}
