import { MemoryStore, type ClientRateLimitInfo, type IncrementResponse, type Options, type Store } from 'express-rate-limit';
import type { Logger } from '../logger.js';

/**
 * A rate-limit store that fails closed: every call goes to the shared (Redis) store, and a call that
 * fails there (connection refused, command timeout) is served by a store in process memory instead,
 * so during an outage each instance still enforces the same limits on its own. The first call that
 * succeeds again switches back. It never throws, so express-rate-limit never answers 500 for it.
 *
 * Counts made in memory during an outage keep counting until their window ends: after the switch
 * back a key that has one is incremented in both and the higher count wins, so the end of an outage
 * (or a Redis restarted empty) does not hand out a fresh budget.
 */
export class FailoverStore implements Store {
  readonly localKeys = false;
  readonly prefix: string;
  private readonly memory = new MemoryStore();
  private usingMemory = false;
  /** Counts made for a request before it reached the limiter (adopt): key → counts, oldest first. */
  private readonly adopted = new Map<string, Array<{ counted: IncrementResponse; at: number }>>();

  constructor(
    private readonly shared: Store,
    private readonly name: string,
    private readonly logger: Logger,
  ) {
    this.prefix = shared.prefix ?? '';
  }

  init(options: Options): void {
    this.memory.init(options);
    // rate-limit-redis's init only prepares its scripts (answered locally, see rate-limit.ts).
    Promise.resolve(this.shared.init?.(options)).catch((err: unknown) => this.failed(err));
  }

  /**
   * Hands a count already made for a request (lib/http/fast-lane.ts counts before it knows whether it
   * can answer) to the limiter that will see the same request: the next increment of `key` returns it
   * instead of counting again, so each request is counted once and gets the headers (or the 429) of
   * that one count. One that is never taken (the request went away) is forgotten after a few seconds.
   */
  adopt(key: string, counted: IncrementResponse): void {
    const now = Date.now();
    for (const [other, queue] of this.adopted) {
      while (queue.length > 0 && now - queue[0]!.at > ADOPTED_FOR_MS) queue.shift();
      if (queue.length === 0) this.adopted.delete(other);
    }
    const queue = this.adopted.get(key);
    if (queue) queue.push({ counted, at: now });
    else this.adopted.set(key, [{ counted, at: now }]);
  }

  async increment(key: string): Promise<IncrementResponse> {
    const handed = this.adopted.get(key)?.shift();
    if (handed) {
      if (this.adopted.get(key)!.length === 0) this.adopted.delete(key);
      return handed.counted;
    }
    return this.count(key);
  }

  /** One count of `key`: in the shared store, else (it failed) in memory. Never rejects. */
  async count(key: string): Promise<IncrementResponse> {
    let shared: IncrementResponse;
    try {
      shared = await this.shared.increment(key);
    } catch (err) {
      this.failed(err);
      return this.memory.increment(key);
    }
    this.recovered();
    const local = await this.memory.get(key);
    if (!local || local.totalHits === 0) return shared;
    const counted = await this.memory.increment(key);
    return counted.totalHits > shared.totalHits ? counted : shared;
  }

  async decrement(key: string): Promise<void> {
    // A key with a live count in memory was counted there (alone during the outage, or as well
    // after it): taking the hit back there errs on the strict side.
    const local = await this.memory.get(key);
    if (local && local.totalHits > 0) return this.memory.decrement(key);
    await this.onShared(() => this.shared.decrement(key));
  }

  async resetKey(key: string): Promise<void> {
    await this.memory.resetKey(key);
    await this.onShared(() => this.shared.resetKey(key));
  }

  private async onShared(call: () => Promise<void> | void): Promise<void> {
    try {
      await call();
      this.recovered();
    } catch (err) {
      this.failed(err);
    }
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const local = await this.memory.get(key);
    try {
      const shared = await this.shared.get?.(key);
      this.recovered();
      if (!shared) return local;
      return local && local.totalHits > shared.totalHits ? local : shared;
    } catch (err) {
      this.failed(err);
      return local;
    }
  }

  shutdown(): void {
    this.memory.shutdown();
  }

  // One log line per switch, not one per request.
  private failed(err: unknown): void {
    if (this.usingMemory) return;
    this.usingMemory = true;
    this.logger.warn(
      { event: 'rate_limit_store_fallback', limiter: this.name, err },
      'rate-limit store unavailable; enforcing this limit in process memory (per instance) until it answers again',
    );
  }

  private recovered(): void {
    if (!this.usingMemory) return;
    this.usingMemory = false;
    this.logger.info({ event: 'rate_limit_store_restored', limiter: this.name }, 'rate-limit store answering again; limit shared again');
  }
}

// A handed-over request reaches its limiter within a few microtasks; this only bounds the leftovers.
const ADOPTED_FOR_MS = 5_000;
