import type { Response } from 'express';

/**
 * Writes a chunk of a streamed answer and, when the socket's buffer is full, waits until it drains,
 * so a slow client holds back the producer instead of filling the server's memory. Resolves false
 * once the client has gone (nothing more should be produced for it).
 */
export async function writeOrWait(res: Response, chunk: string | Buffer): Promise<boolean> {
  if (res.destroyed) return false;
  if (!res.write(chunk) && !res.destroyed) await drainedOrClosed(res);
  return !res.destroyed;
}

// Both listeners are removed whichever fires: events.once() would leave the loser attached, one
// more 'close' listener per wait, thousands over a long export.
function drainedOrClosed(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
