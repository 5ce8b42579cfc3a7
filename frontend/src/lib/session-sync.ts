import { restoreSession } from './api-client';
import { endSession, getSession, isSignOutReason, type SignOutReason } from './auth';

/** A tab of an older build sends `signed-out` without a reason. */
type AuthMessage = { type: 'signed-in' } | { type: 'signed-out'; reason?: SignOutReason };

const CHANNEL = 'shelfwise-auth';
let channel: BroadcastChannel | null = null;

/**
 * Keeps the tabs of one browser in step: signing out (or everywhere) in one tab signs out the
 * others at once; signing in lets the signed-out tabs restore the session from the shared cookie.
 */
export function startSessionSync(): () => void {
  if (typeof BroadcastChannel === 'undefined' || channel) return () => undefined;
  const ownChannel = new BroadcastChannel(CHANNEL);
  channel = ownChannel;
  ownChannel.onmessage = (event: MessageEvent<AuthMessage>) => {
    const current = getSession();
    if (event.data?.type === 'signed-out' && current.status === 'authenticated') {
      endSession(isSignOutReason(event.data.reason) ? event.data.reason : 'signed_out');
    } else if (event.data?.type === 'signed-in' && current.status !== 'authenticated') {
      void restoreSession();
    }
  };
  return () => {
    ownChannel.close();
    channel = null;
  };
}

export function announce(message: AuthMessage): void {
  channel?.postMessage(message);
}
