import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useImportUpload } from '../api/imports';
import type { ImportUpload, StartedJob } from '../types';
import { MappingStep } from './MappingStep';
import { UploadStep } from './UploadStep';
import './imports.css';

const STEPS = ['Upload', 'Columns and preview', 'Import'] as const;

interface ImportWizardProps {
  workspace: string;
  /**
   * The import's job once started: its live progress and result (the jobs feature's, composed by the
   * page); `started`, the job as the start answered, when this page started it.
   */
  renderJob: (jobId: string, restart: () => void, started?: StartedJob) => ReactNode;
}

/**
 * The CSV import in three steps, each in the address (`?upload=`, then `?job=`) so a reload or Back
 * lands on the same step: upload the file, match its columns and look at the preview with each row's
 * errors, then follow the job to its end and its error report. The focus moves to each new step.
 */
export function ImportWizard({ workspace, renderJob }: ImportWizardProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const uploadId = searchParams.get('upload');
  const jobId = searchParams.get('job');
  const step = jobId ? 2 : uploadId ? 1 : 0;
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const [started, setStarted] = useState<StartedJob>();
  useEffect(() => {
    // The page's own heading has the focus on arrival; afterwards each step's heading takes it.
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const go = (params: Record<string, string>) => setSearchParams(params);

  return (
    <>
      <ol className="steps" aria-label="Steps of the import">
        {STEPS.map((label, n) => (
          <li key={label} aria-current={n === step ? 'step' : undefined} className={n < step ? 'steps__done' : undefined}>
            <span className="steps__number">{n + 1}</span> {label}
          </li>
        ))}
      </ol>
      <h2 ref={heading} tabIndex={-1}>
        Step {step + 1} of {STEPS.length}: {STEPS[step]}
      </h2>
      {step === 0 && <UploadStep workspace={workspace} onUploaded={(upload: ImportUpload) => go({ upload: upload.id })} />}
      {step === 1 && uploadId && (
        <MappingFor
          workspace={workspace}
          uploadId={uploadId}
          onStarted={(job) => {
            setStarted(job);
            go({ job: job.id });
          }}
          onChooseAnother={() => go({})}
        />
      )}
      {step === 2 && jobId && renderJob(jobId, () => go({}), started?.id === jobId ? started : undefined)}
    </>
  );
}

interface MappingForProps {
  workspace: string;
  uploadId: string;
  onStarted: (job: StartedJob) => void;
  onChooseAnother: () => void;
}

function MappingFor({ workspace, uploadId, onStarted, onChooseAnother }: MappingForProps) {
  const upload = useImportUpload(workspace, uploadId);
  if (upload.isPending) return <LoadingState label="Reading the file…" />;
  if (upload.isError && upload.error.status === 404) {
    return (
      <EmptyState title="This upload is no longer kept (uploads are kept for a day).">
        <button type="button" className="button button--secondary" onClick={onChooseAnother}>
          Choose the file again
        </button>
      </EmptyState>
    );
  }
  if (upload.isError) return <ErrorState error={upload.error} onRetry={() => void upload.refetch()} />;
  return <MappingStep key={upload.data.id} workspace={workspace} upload={upload.data} onStarted={onStarted} onChooseAnother={onChooseAnother} />;
}
