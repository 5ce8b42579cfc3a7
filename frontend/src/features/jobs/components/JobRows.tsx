import { useId, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useJobRows } from '../api/jobs';
import { OUTCOME_LABELS } from '../labels';
import type { JobView, RowOutcome } from '../types';
import { productLabel } from './JobResult';

const OUTCOMES = Object.keys(OUTCOME_LABELS) as RowOutcome[];

/** Every row a job processed with its outcome and reason, of one outcome or all, a page at a time. */
export function JobRows({ job, productName }: { job: JobView; productName?: (id: string) => string | undefined }) {
  const id = useId();
  const [outcome, setOutcome] = useState<RowOutcome | undefined>();
  const rows = useJobRows(job.id, outcome, true);
  const items = rows.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Rows</h2>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-outcome`}>Outcome</label>
          <select id={`${id}-outcome`} value={outcome ?? ''} onChange={(e) => setOutcome((e.target.value || undefined) as RowOutcome | undefined)}>
            <option value="">Every outcome</option>
            {OUTCOMES.map((value) => (
              <option key={value} value={value}>
                {OUTCOME_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {rows.isPending ? (
        <LoadingState label="Loading the rows…" />
      ) : rows.isError && items.length === 0 ? (
        <ErrorState error={rows.error} onRetry={() => void rows.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={outcome ? `No row was ${OUTCOME_LABELS[outcome].toLowerCase()}.` : 'No row has been processed yet.'} />
      ) : (
        <>
          <div className="table-wrap">
            <table className="table table--stack">
              <caption className="visually-hidden">Rows of the job and their outcomes</caption>
              <thead>
                <tr>
                  <th scope="col">Product</th>
                  <th scope="col">Row</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {items.map((row) => (
                  <tr key={row.row}>
                    <th scope="row">
                      {row.productId ? <Link to={`/products/${encodeURIComponent(row.productId)}`}>{productLabel(row.productId, productName)}</Link> : '—'}
                    </th>
                    <td data-label="Row">{row.row}</td>
                    <td data-label="Outcome">
                      <span className={`outcome outcome--${row.outcome}`}>{OUTCOME_LABELS[row.outcome]}</span>
                    </td>
                    <td data-label="Reason">{row.reason ?? (row.code ? row.code : '—')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.hasNextPage && (
            <div className="load-more">
              <button type="button" className="button button--secondary" onClick={() => void rows.fetchNextPage()} aria-disabled={rows.isFetchingNextPage || undefined}>
                {rows.isFetchingNextPage ? 'Loading more…' : 'Load more rows'}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
