import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { SESSION_EXPIRED_NOTICE } from '../lib/api-client';
import { useSession } from '../lib/auth';

/**
 * Reacts to session changes wherever they come from (this tab, another tab, a failed refresh):
 * another user's data never stays in the cache, and an expired session leads to the sign-in page.
 */
export function SessionEffects() {
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const userId = session.status === 'authenticated' ? session.user.id : null;
  const previous = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    if (session.status === 'restoring') return;
    if (previous.current !== undefined && previous.current !== userId) {
      // Inactive queries are dropped; the visible ones refetch as the new user (or as nobody).
      queryClient.removeQueries({ type: 'inactive' });
      void queryClient.resetQueries({ type: 'active' });
    }
    previous.current = userId;
  }, [session.status, userId, queryClient]);

  const expired = session.status === 'anonymous' && session.notice === SESSION_EXPIRED_NOTICE;
  // An effect event: it reads the current location but is not a dependency, because only the moment
  // the session expires matters, not every later navigation.
  const sendToSignIn = useEffectEvent(() => {
    if (location.pathname === '/login') return;
    const next = encodeURIComponent(location.pathname + location.search);
    void navigate(`/login?next=${next}`, { replace: true });
  });
  useEffect(() => {
    if (expired) sendToSignIn();
  }, [expired]);

  return null;
}
