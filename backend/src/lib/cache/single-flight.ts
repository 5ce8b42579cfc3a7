/**
 * Concurrent callers of `run` with the same key share the first caller's promise, so a burst of
 * misses on one key costs one store read and one loader call per process.
 */
export interface SingleFlight<T> {
  run(key: string, work: () => Promise<T>): Promise<T>;
  /**
   * Callers arriving from now on start a new flight instead of joining the running one. Used after
   * an invalidation: a flight that began before a write may carry the old value, and a caller that
   * has just seen its own write succeed must not receive it.
   */
  forget(predicate: (key: string) => boolean): void;
}

export function createSingleFlight<T>(): SingleFlight<T> {
  const flights = new Map<string, Promise<T>>();
  return {
    run(key, work) {
      const running = flights.get(key);
      if (running) return running;
      const flight = work().finally(() => {
        // Only remove our own entry: a forgotten flight may have been replaced by a newer one.
        if (flights.get(key) === flight) flights.delete(key);
      });
      flights.set(key, flight);
      return flight;
    },
    forget(predicate) {
      for (const key of flights.keys()) if (predicate(key)) flights.delete(key);
    },
  };
}
