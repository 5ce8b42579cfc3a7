/**
 * When to try again after the `attempts`-th failed attempt: the schedule's next wait (seconds),
 * spread ±20% so that endpoints that failed together do not come back together; null once the
 * schedule is spent (the delivery has failed).
 */
export function nextAttemptAt(schedule: readonly number[], attempts: number, now: Date, random: () => number = Math.random): Date | null {
  const wait = schedule[attempts - 1];
  if (wait === undefined) return null;
  const jitter = 0.8 + 0.4 * random();
  return new Date(now.getTime() + Math.round(wait * 1_000 * jitter));
}
