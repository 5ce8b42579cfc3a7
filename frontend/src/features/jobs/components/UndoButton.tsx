import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import { useUndoJob } from '../api/jobs';
import type { JobView } from '../types';

/** Undo of a finished bulk change (offered while the API links it): starts the undo's own job. */
export function UndoButton({ job, onStarted }: { job: JobView; onStarted: (undoJobId: string) => void }) {
  const undo = useUndoJob();
  if (!job.links.undo) return null;
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      aria-disabled={undo.isPending || undefined}
      onClick={() => !undo.isPending && undo.mutate(job.id, { onSuccess: (started) => onStarted(started.id), onError: (error) => toast.error(describeError(error)) })}
    >
      {undo.isPending ? 'Undoing…' : 'Undo'}
    </button>
  );
}
