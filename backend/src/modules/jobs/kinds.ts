import type { Transaction } from '../../lib/db-context.js';
import type { Prisma } from '../../lib/db.js';
import type { Logger } from '../../lib/logger.js';
import type { JobRecord, RowOutcome } from './job-view.js';

/** One processed input row, as a kind's chunk reports it (a "JobRow"). */
export interface JobRowInput {
  /** 1-based position in the job's input. */
  row: number;
  outcome: RowOutcome;
  productId?: string | null;
  /** The product version this row produced: what an undo is guarded by. */
  version?: number | null;
  /** Why it failed, conflicted or was refused: a sentence for people. */
  reason?: string | null;
  /** The same as a stable code. */
  code?: string | null;
  /** The kind's own record of the row (an import: the original cells by header). */
  data?: unknown;
}

/** What a kind's handler works with: its job, and the only way to write its progress. */
export interface JobContext {
  /** The Job row as this attempt found it (its input, total, owner, workspace). */
  job: JobRecord;
  /** Whom it acts for: its owner, and whether they are a platform admin (read at each attempt's start). */
  owner: { userId: string; platformAdmin: boolean };
  prisma: Prisma;
  logger: Logger;
  /** 1 + the highest row committed so far: where this attempt starts, and the next chunk after each. */
  nextRow(): number;
  /**
   * Runs `work` in ONE transaction that carries the job's database context (its owner, workspace,
   * job id and the kind's history change: lib/db-context.ts) and, in the same transaction, records
   * the rows it returns and adds them to the job's counts. So a chunk is applied with its record or
   * not at all, and a retried job never applies a row twice. Refused (JobCancelled) once a cancel was
   * asked for: the chunk's changes roll back and the job ends 'cancelled'.
   */
  commitChunk(work: (tx: Transaction) => Promise<JobRowInput[]>): Promise<JobRowInput[]>;
  /** Whether a cancel was asked for: checked between chunks, so a kind stops before preparing another. */
  cancelled(): Promise<boolean>;
  /** Sets the job's total when the kind learns it only once running (an import counting its rows). */
  setTotal(total: number): Promise<void>;
  /** How many committed rows have each outcome, over every attempt: a kind's summary. */
  outcomes(): Promise<Record<RowOutcome, number>>;
}

/** Runs a job of one kind; returns its summary (stored as the job's `result`). */
export type JobHandler = (ctx: JobContext) => Promise<unknown>;

export interface JobKindOptions {
  /** The history's change for the product writes of its chunks (migration 20261205090000_product_history). */
  change?: 'import' | 'bulk';
  /** Links of this kind's job views besides `rows`: an import's failed rows, a bulk edit's undo. */
  links?: (job: JobRecord) => Record<string, string>;
}

interface JobKind extends JobKindOptions {
  handler: JobHandler;
}

/**
 * A job that cannot succeed however often it is tried (its input is gone, its owner lost the right):
 * it fails at once with this message, instead of being retried like an unexpected error.
 */
export class JobFailure extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JobFailure';
  }
}

/** The kinds one app runs: defined by the modules while the app is built. */
export interface JobKinds {
  define(kind: string, handler: JobHandler, options?: JobKindOptions): void;
  get(kind: string): JobKind | undefined;
}

export function jobKinds(): JobKinds {
  const kinds = new Map<string, JobKind>();
  return {
    define(kind, handler, options = {}) {
      if (kinds.has(kind)) throw new Error(`job kind ${kind} defined twice`);
      kinds.set(kind, { ...options, handler });
    },
    get: (kind) => kinds.get(kind),
  };
}
