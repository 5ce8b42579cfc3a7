import { useEffect, useRef, useState } from 'react';
import { ProgressBar } from '../../../components/ProgressBar';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import type { DownloadProgress } from '../../../lib/download';
import { formatTransfer, transferPercent } from '../../../lib/progress';
import { type ExportParams, exportProducts } from '../api/export';

/**
 * "Export CSV" of whatever the list's filters match, with the download's progress (rows against the
 * API's X-Total-Count, and bytes) and a Cancel. The button stays where it is and turns into Cancel,
 * so the focus stays on it; the start and the end are announced, not every step.
 */
export function ExportButton({ params }: { params: ExportParams }) {
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const controller = useRef<AbortController | null>(null);
  // Leaving the page ends a download nobody will see finish.
  useEffect(() => () => controller.current?.abort(), []);

  async function start() {
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ bytes: 0, rows: 0, total: null });
    setAnnouncement('Export started.');
    try {
      const result = await exportProducts(params, { signal: abort.signal, onProgress: setProgress });
      const message = `Exported ${result.rows === 1 ? '1 product' : `${result.rows.toLocaleString()} products`} to ${result.name}.`;
      setAnnouncement(message);
      toast.success(message);
    } catch (error) {
      if (abort.signal.aborted) setAnnouncement('Export cancelled.');
      else {
        setAnnouncement('');
        toast.error(`The export failed: ${describeError(error)}`);
      }
    } finally {
      if (controller.current === abort) controller.current = null;
      setProgress(null);
    }
  }

  return (
    <div className="export">
      {progress ? (
        <button type="button" className="button button--secondary button--small" onClick={() => controller.current?.abort()}>
          Cancel export
        </button>
      ) : (
        <button type="button" className="button button--secondary button--small" onClick={() => void start()}>
          Export CSV
        </button>
      )}
      {progress && <ProgressBar label="Export" percent={transferPercent(progress)} text={formatTransfer(progress)} />}
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </div>
  );
}
