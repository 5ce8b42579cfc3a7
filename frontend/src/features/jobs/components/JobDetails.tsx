import { useNavigate } from 'react-router';
import { useJob } from '../api/jobs';
import { JobResult } from './JobResult';
import { JobRows } from './JobRows';
import { UndoButton } from './UndoButton';

/** A job's own page: its result (live while it runs, Undo for a bulk change), then every row it processed. */
export function JobDetails({ jobId }: { jobId: string }) {
  const job = useJob(jobId);
  const navigate = useNavigate();
  return (
    <>
      <JobResult
        jobId={jobId}
        title="Progress and result"
        detailsLink={false}
        actions={(finished) => <UndoButton job={finished} onStarted={(undoId) => void navigate(`/jobs/${encodeURIComponent(undoId)}`)} />}
      />
      {job.data && <JobRows key={job.data.state} job={job.data} />}
    </>
  );
}
