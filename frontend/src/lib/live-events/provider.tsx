import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import { freshAccessToken } from '../api-client';
import { getAccessToken, useSession } from '../auth';
import { env } from '../env';
import { connectLiveEvents, type LiveEvent, type LiveStatus } from './client';

type Handler = (event: LiveEvent) => void;

/** The events and the connection's state, handed to whoever listens; one per app. */
function createHub() {
  const handlers = new Set<Handler>();
  const statusListeners = new Set<() => void>();
  let status: LiveStatus = 'closed';
  return {
    subscribe: (handler: Handler) => {
      handlers.add(handler);
      return () => void handlers.delete(handler);
    },
    emit: (event: LiveEvent) => {
      for (const handler of handlers) handler(event);
    },
    setStatus: (next: LiveStatus) => {
      status = next;
      for (const listener of statusListeners) listener();
    },
    subscribeStatus: (listener: () => void) => {
      statusListeners.add(listener);
      return () => void statusListeners.delete(listener);
    },
    status: () => status,
  };
}

type Hub = ReturnType<typeof createHub>;

const LiveEventsContext = createContext<Hub | null>(null);

/**
 * Reads the live events for the signed-in user while there is one (a new stream per user, so one
 * user's position is never resumed as another's) and hands each to the components listening with
 * useLiveEvents. After a `reset` (the stream cannot say what changed) every query is read again.
 */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const [hub] = useState(createHub);
  const queryClient = useQueryClient();
  const session = useSession();
  const userId = session.status === 'authenticated' ? session.user.id : null;

  useEffect(() => {
    if (!userId) return;
    const connection = connectLiveEvents({
      url: `${env.apiBaseUrl}/events/stream`,
      getToken: getAccessToken,
      refreshToken: freshAccessToken,
      onEvent: hub.emit,
      onReset: () => void queryClient.invalidateQueries(),
      onStatus: hub.setStatus,
    });
    return () => {
      connection.close();
      hub.setStatus('closed');
    };
  }, [userId, hub, queryClient]);

  return <LiveEventsContext value={hub}>{children}</LiveEventsContext>;
}

/**
 * Calls `handler` with each live event while the component is mounted. An effect event: it always
 * sees the render's current props and state, so it needs no dependency list and is subscribed once.
 * Outside the provider, or signed out, nothing comes.
 */
export function useLiveEvents(handler: Handler): void {
  const hub = useContext(LiveEventsContext);
  const onEvent = useEffectEvent(handler);
  useEffect(() => hub?.subscribe((event) => onEvent(event)), [hub]);
}

const closed = () => 'closed' as const;
const noSubscription = () => () => undefined;

/** Whether the stream is open now: polling that the events replace runs only while it is not. */
export function useLiveConnected(): boolean {
  const hub = useContext(LiveEventsContext);
  const status = useSyncExternalStore(hub?.subscribeStatus ?? noSubscription, hub?.status ?? closed, hub?.status ?? closed);
  return status === 'open';
}
