import { useState } from 'react';
import type { JobView } from '../types';
import { JobResult } from './JobResult';
import { UndoButton } from './UndoButton';

interface BulkJobResultProps {
  /** The bulk change's job as the request that started it answered. */
  job: JobView;
  /** What the change did ("Set status to Archived on 3 products"). */
  description: string;
  productName?: (id: string) => string | undefined;
  /** When the change (or its undo) finished: the page's lists are out of date. */
  onFinished: () => void;
  onDismiss: () => void;
}

/**
 * A bulk change's result where it was made: its progress, then each outcome, and Undo, which starts
 * a job of its own (each product put back unless it changed since, which it reports as a conflict).
 */
export function BulkJobResult({ job: started, description, productName, onFinished, onDismiss }: BulkJobResultProps) {
  const [undoJob, setUndoJob] = useState<string | null>(null);
  return (
    <div className="bulk-result">
      <JobResult
        jobId={started.id}
        initialJob={started}
        title={description}
        productName={productName}
        onFinished={onFinished}
        focusOnMount
        actions={(job) => (undoJob ? null : <UndoButton job={job} onStarted={setUndoJob} />)}
      />
      {undoJob && <JobResult jobId={undoJob} title={`Undo: ${description}`} productName={productName} onFinished={onFinished} focusOnMount />}
      <button type="button" className="link-button" onClick={onDismiss}>
        Close the result
      </button>
    </div>
  );
}
