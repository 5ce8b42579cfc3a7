import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ProgressBar } from '../../../components/ProgressBar';
import { ErrorState, LoadingState } from '../../../components/states';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import { downloadFailedRows, useCancelJob, useJob } from '../api/jobs';
import { isFinished, jobPercent, jobProgressText, kindLabel, outcomeCounts, STATE_LABELS } from '../labels';
import type { JobView } from '../types';
import './jobs.css';

interface JobResultProps {
  jobId: string;
  /** The job as the request that started it answered (queued): shown until the first poll. */
  initialJob?: JobView;
  /** What the job does, for its heading ("Set status to Archived on 3 products"); else its kind. */
  title?: string;
  /** A product's name where the page knows it; else its rows say "Product <id>". */
  productName?: (id: string) => string | undefined;
  /** Once, when the job has finished (the page reloads what it changed). */
  onFinished?: (job: JobView) => void;
  /** Whether the heading takes the focus when this appears (it replaced the control that started it). */
  focusOnMount?: boolean;
  /** Extra actions beside the finished result's own (Undo, Import another file). */
  actions?: (job: JobView) => ReactNode;
  /** Link to the job's own page (not on that page itself). */
  detailsLink?: boolean;
}

export const productLabel = (id: string | null, productName?: (id: string) => string | undefined) =>
  id ? (productName?.(id) ?? `Product ${id.slice(0, 8)}`) : null;

/**
 * A job as it goes: its state, a live bar (rows done of the total, failures, the time left) and
 * Cancel while it runs; once finished, how many rows had which outcome, the first problems, and the
 * failed rows as CSV when there are some. The state is announced as it changes, not every step.
 */
export function JobResult({ jobId, initialJob, title, productName, onFinished, focusOnMount, actions, detailsLink = true }: JobResultProps) {
  const job = useJob(jobId, initialJob);
  const cancel = useCancelJob();
  const [downloading, setDownloading] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const reported = useRef(false);
  // Whether the person was using the live part (Cancel) when it gave way to the result.
  const focusedInside = useRef(false);
  const finished = job.data ? isFinished(job.data) : false;
  const cancelling = cancel.isPending || Boolean(job.data?.cancelRequestedAt);

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  useEffect(() => {
    if (!job.data || !finished || reported.current) return;
    reported.current = true;
    if (focusedInside.current && document.activeElement === document.body) heading.current?.focus();
    onFinished?.(job.data);
  }, [job.data, finished, onFinished]);

  async function download() {
    setDownloading(true);
    try {
      const file = await downloadFailedRows(jobId);
      toast.success(`The failed rows were saved as ${file.name}.`);
    } catch (error) {
      toast.error(describeError(error));
    } finally {
      setDownloading(false);
    }
  }

  const name = title ?? (job.data ? kindLabel(job.data.kind) : 'Job');
  return (
    <section
      className="panel job-result"
      aria-labelledby={`job-${jobId}`}
      onFocus={() => (focusedInside.current = true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) focusedInside.current = false;
      }}
    >
      <h2 id={`job-${jobId}`} ref={heading} tabIndex={-1}>
        {name}
      </h2>
      {job.isPending ? (
        <LoadingState label="Loading the job…" />
      ) : job.isError ? (
        <ErrorState error={job.error} onRetry={() => void job.refetch()} />
      ) : (
        <>
          <p role="status" className="job-result__state">
            <span className={`badge badge--job-${job.data.state}`}>{STATE_LABELS[job.data.state]}</span>
            {finished && ` ${jobProgressText(job.data)}`}
          </p>
          {!finished && (
            <div className="job-result__live">
              <ProgressBar label={`${kindLabel(job.data.kind)} progress`} percent={jobPercent(job.data)} text={jobProgressText(job.data)} />
              {/* Stays (aria-disabled) once asked, so the focus stays on it until the job has stopped. */}
              <button
                type="button"
                className="button button--secondary button--small"
                aria-disabled={cancelling || undefined}
                onClick={() => !cancelling && cancel.mutate(jobId, { onError: (error) => toast.error(describeError(error)) })}
              >
                {cancelling ? 'Cancelling…' : 'Cancel'}
              </button>
            </div>
          )}
          {finished && <Outcomes job={job.data} productName={productName} />}
          <div className="job-result__actions">
            {finished && job.data.links.failedRowsCsv && job.data.failed > 0 && (
              <button type="button" className="button button--secondary button--small" aria-disabled={downloading || undefined} onClick={() => !downloading && void download()}>
                {downloading ? 'Downloading…' : 'Download the failed rows (CSV)'}
              </button>
            )}
            {finished && actions?.(job.data)}
            {detailsLink && <Link to={`/jobs/${encodeURIComponent(jobId)}`}>All rows of this job</Link>}
          </div>
        </>
      )}
    </section>
  );
}

function Outcomes({ job, productName }: { job: JobView; productName?: (id: string) => string | undefined }) {
  const counts = outcomeCounts(job.result);
  return (
    <>
      {job.state === 'failed' && job.error && (
        <p className="field__error" role="alert">
          The job failed: {job.error}
        </p>
      )}
      {counts.length > 0 && (
        <ul className="job-result__counts" aria-label="Outcomes">
          {counts.map(({ key, label, count }) => (
            <li key={key} className={`outcome outcome--${key}`}>
              {label}: <strong>{count.toLocaleString()}</strong>
            </li>
          ))}
        </ul>
      )}
      {job.errors.length > 0 && (
        <>
          <h3>{job.errors.length < 20 ? 'Problems' : 'The first 20 problems'}</h3>
          <ul className="job-result__errors">
            {job.errors.map((error) => (
              <li key={error.row}>
                {job.kind === 'import' ? `Row ${error.row}` : productLabel(error.productId, productName) ?? `Row ${error.row}`}: {error.reason ?? error.code}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
