import type { Request, Response } from 'express';
import { csvLine } from '../../../lib/csv.js';
import { inDbContext } from '../../../lib/db-context.js';
import { notFound } from '../../../lib/errors.js';
import { signedIn, type Principal } from '../../../lib/http/authenticate.js';
import { writeOrWait } from '../../../lib/http/stream.js';
import { dbContextOf } from '../../workspaces/index.js';
import type { ImportDeps } from './deps.js';
import { IMPORT_KIND, type ImportJobInput } from './job.js';

const PAGE = 1_000;
const REASON = 'reason';
const ERROR_OUTCOMES = ['failed', 'conflict', 'refused'];

const notAnImport = () => notFound('job_not_found', 'No import job of yours has this id');

/**
 * The header of the failed-rows file: the file's own, then `reason`. A file that has a reason
 * column already (the failed rows of an earlier import, fixed and uploaded again) keeps that one
 * column, holding the new reason, rather than growing a second.
 */
export function failedRowsHeader(headers: readonly string[]): string[] {
  return headers.some((h) => h.toLowerCase() === REASON) ? [...headers] : [...headers, REASON];
}

/** One failed row as a line of that file: its original cells, then why it failed (formula-like cells escaped: lib/csv.ts). */
export function failedRowLine(header: readonly string[], cells: Record<string, string>, reason: string): string {
  return csvLine(header.map((h) => (h.toLowerCase() === REASON ? reason : (cells[h] ?? ''))));
}

async function* failedRows(deps: ImportDeps, principal: Principal, jobId: string) {
  let after = 0;
  for (;;) {
    const page = await inDbContext(deps.products.prisma, dbContextOf(principal), (tx) =>
      tx.jobRow.findMany({
        where: { jobId, outcome: { in: ERROR_OUTCOMES }, row: { gt: after } },
        orderBy: { row: 'asc' },
        take: PAGE,
        select: { row: true, reason: true, data: true },
      }),
    );
    if (page.length === 0) return;
    yield page;
    after = page.at(-1)!.row;
    if (page.length < PAGE) return;
  }
}

/**
 * GET /api/v1/jobs/:id/failed-rows.csv: the rows of an import that failed, conflicted or were
 * refused, as a CSV to fix and upload again (streamed, in file order). Whoever may read the job
 * may read it (modules/jobs readJob).
 */
export function failedRowsCsv(deps: ImportDeps) {
  return async (req: Request, res: Response) => {
    const principal = signedIn(res);
    const job = await deps.jobs.readJob(principal, String(req.params.id).toLowerCase());
    if (job.kind !== IMPORT_KIND) throw notAnImport();
    const input = job.input as ImportJobInput;
    const header = failedRowsHeader(input.headers);
    const name = input.filename.replace(/\.csv$/i, '').replace(/[^\w.-]+/g, '_').slice(0, 100) || 'import';
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}-failed-rows.csv"`);
    await writeOrWait(res, csvLine(header));
    try {
      for await (const page of failedRows(deps, principal, job.id)) {
        const text = page.map((r) => failedRowLine(header, (r.data ?? {}) as Record<string, string>, r.reason ?? '')).join('');
        if (!(await writeOrWait(res, text))) return;
      }
      res.end();
    } catch (err) {
      // The status line is gone: the only honest end is a cut connection, not a truncated file.
      deps.products.logger.error({ err, jobId: job.id }, 'failed-rows export failed while streaming');
      res.destroy(err instanceof Error ? err : undefined);
    }
  };
}
