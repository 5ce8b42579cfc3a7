import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ProgressBar } from '../../../components/ProgressBar';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import { type JobFilters, useCancelJob, useJob, useJobs } from '../api/jobs';
import { isFinished, JOB_KINDS, jobPercent, jobProgressText, kindLabel, STATE_LABELS } from '../labels';
import type { JobState, JobView } from '../types';
import './jobs.css';

const formatTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface JobsListProps {
  /** The workspaces the user may filter by (their memberships). */
  workspaces: ReadonlyArray<{ slug: string; name: string }>;
}

/** The user's jobs (and, in workspaces they own or run, everyone's), newest first, the running ones live. */
export function JobsList({ workspaces }: JobsListProps) {
  const id = useId();
  const [filters, setFilters] = useState<JobFilters>({});
  const jobs = useJobs(filters);
  const items = jobs.data?.pages.flatMap((page) => page.data) ?? [];
  const set = <K extends keyof JobFilters>(key: K, value: JobFilters[K] | '') => setFilters((current) => ({ ...current, [key]: value || undefined }));

  return (
    <>
      <form className="filters" role="search" aria-label="Filter the jobs" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-workspace`}>Workspace</label>
          <select id={`${id}-workspace`} value={filters.workspace ?? ''} onChange={(e) => set('workspace', e.target.value)}>
            <option value="">Every workspace</option>
            {workspaces.map((workspace) => (
              <option key={workspace.slug} value={workspace.slug}>
                {workspace.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={filters.kind ?? ''} onChange={(e) => set('kind', e.target.value)}>
            <option value="">Every kind</option>
            {JOB_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-state`}>State</label>
          <select id={`${id}-state`} value={filters.state ?? ''} onChange={(e) => set('state', e.target.value as JobState)}>
            <option value="">Every state</option>
            {(Object.keys(STATE_LABELS) as JobState[]).map((state) => (
              <option key={state} value={state}>
                {STATE_LABELS[state]}
              </option>
            ))}
          </select>
        </div>
      </form>
      {jobs.isPending ? (
        <LoadingState label="Loading your jobs…" />
      ) : jobs.isError && items.length === 0 ? (
        <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={Object.keys(filters).some((key) => filters[key as keyof JobFilters]) ? 'No job matches these filters.' : 'No jobs yet.'}>
          <p>Imports and bulk changes run as jobs and are listed here.</p>
        </EmptyState>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table table--stack">
              <caption className="visually-hidden">Jobs, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Job</th>
                  <th scope="col">Workspace</th>
                  <th scope="col">Started by</th>
                  <th scope="col">Created</th>
                  <th scope="col">State</th>
                  <th scope="col">Progress</th>
                </tr>
              </thead>
              <tbody>
                {items.map((job) => (isFinished(job) ? <JobRow key={job.id} job={job} /> : <LiveJobRow key={job.id} job={job} />))}
              </tbody>
            </table>
          </div>
          {jobs.hasNextPage && (
            <div className="load-more">
              <button type="button" className="button button--secondary" onClick={() => void jobs.fetchNextPage()} aria-disabled={jobs.isFetchingNextPage || undefined}>
                {jobs.isFetchingNextPage ? 'Loading more…' : 'Load more jobs'}
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}

/** A job still queued or running: read again until it has finished (GET /jobs/:id), with Cancel. */
function LiveJobRow({ job: listed }: { job: JobView }) {
  const live = useJob(listed.id, listed);
  return <JobRow job={live.data ?? listed} live />;
}

function JobRow({ job, live }: { job: JobView; live?: boolean }) {
  const cancel = useCancelJob();
  const name = kindLabel(job.kind);
  const finished = isFinished(job);
  const cancelling = cancel.isPending || Boolean(job.cancelRequestedAt);
  return (
    <tr>
      <th scope="row">
        <Link to={`/jobs/${encodeURIComponent(job.id)}`} aria-label={`${name} of ${formatTime(job.createdAt)}`}>
          {name}
        </Link>
      </th>
      <td data-label="Workspace">{job.workspace.slug}</td>
      <td data-label="Started by">{job.owner?.name ?? '—'}</td>
      <td data-label="Created">
        <time dateTime={job.createdAt}>{formatTime(job.createdAt)}</time>
      </td>
      <td data-label="State">
        <span className={`badge badge--job-${job.state}`}>{STATE_LABELS[job.state]}</span>
      </td>
      <td data-label="Progress" className="jobs__progress">
        {live && !finished ? (
          <>
            <ProgressBar label={`${name} progress`} percent={jobPercent(job)} text={jobProgressText(job)} />
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={`Cancel ${name} of ${formatTime(job.createdAt)}`}
              aria-disabled={cancelling || undefined}
              onClick={() => !cancelling && cancel.mutate(job.id, { onError: (error) => toast.error(describeError(error)) })}
            >
              {cancelling ? 'Cancelling…' : 'Cancel'}
            </button>
          </>
        ) : (
          jobProgressText(job)
        )}
      </td>
    </tr>
  );
}
