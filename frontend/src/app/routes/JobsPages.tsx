import { Link, useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { useJob } from '../../features/jobs/api/jobs';
import { JobDetails } from '../../features/jobs/components/JobDetails';
import { JobsList } from '../../features/jobs/components/JobsList';
import { kindLabel } from '../../features/jobs/labels';
import { useCurrentWorkspace } from '../../features/workspaces/current-workspace';
import { useDocumentTitle } from '../../lib/document-title';

/** /jobs: imports and bulk changes of the user (and of the workspaces they run), with progress and Cancel. */
export function JobsPage() {
  useDocumentTitle('Jobs');
  const { workspaces } = useCurrentWorkspace();
  return (
    <>
      <PageHeading>Jobs</PageHeading>
      <JobsList workspaces={workspaces.data ?? []} />
    </>
  );
}

/** /jobs/:id: one job, live while it runs, with every row it processed. */
export function JobPage() {
  const { id = '' } = useParams();
  const job = useJob(id);
  const title = job.data ? kindLabel(job.data.kind) : 'Job';
  useDocumentTitle(title);
  return (
    <>
      <PageHeading actions={<Link to="/jobs">All jobs</Link>}>{title}</PageHeading>
      <JobDetails key={id} jobId={id} />
    </>
  );
}
