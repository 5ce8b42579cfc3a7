/**
 * The process's lifecycle, shared between the server (which starts draining on SIGTERM), the
 * readiness probe, and what the modules run in the background (the events relay and its streams).
 */
export interface Lifecycle {
  readonly draining: boolean;
  startDraining(): void;
  /**
   * Called once when draining starts: what holds a connection open on its own (an SSE stream) ends
   * it then, so the client reconnects to another instance and the server can close.
   */
  onDrain(listener: () => void): void;
  /** Registers what must stop when the process (or a test's app) ends, before the database closes. */
  onStop(stop: () => Promise<void>): void;
  /** Runs what onStop registered (once; later calls wait for the same). */
  stop(): Promise<void>;
}

export function createLifecycle(): Lifecycle {
  let draining = false;
  const drainListeners: Array<() => void> = [];
  const stops: Array<() => Promise<void>> = [];
  let stopped: Promise<void> | undefined;
  return {
    get draining() {
      return draining;
    },
    startDraining() {
      if (draining) return;
      draining = true;
      for (const listener of drainListeners) listener();
    },
    onDrain(listener) {
      drainListeners.push(listener);
    },
    onStop(stop) {
      stops.push(stop);
    },
    stop() {
      stopped ??= Promise.allSettled(stops.map((stop) => stop())).then(() => {});
      return stopped;
    },
  };
}
