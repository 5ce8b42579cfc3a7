import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { ProgressBar } from '../../../components/ProgressBar';
import { describeError } from '../../../lib/api-error';
import { formatBytes } from '../../../lib/progress';
import { ACCEPTED_CSV, IMPORT_MAX_BYTES, IMPORT_MAX_LABEL, useUploadCsv } from '../api/imports';
import type { ImportUpload } from '../types';

/**
 * Step 1: a CSV file chosen (the file input, reached with the keyboard) or dropped, sent at once with
 * a progress bar and a Cancel; the API's reason when it refuses the file (not CSV, not UTF-8, too large).
 */
export function UploadStep({ workspace, onUploaded }: { workspace: string; onUploaded: (upload: ImportUpload) => void }) {
  const inputId = useId();
  const upload = useUploadCsv();
  const [sending, setSending] = useState<{ file: File; fraction: number } | null>(null);
  const [error, setError] = useState<string>();
  const [over, setOver] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => () => controller.current?.abort(), []);

  function send(file: File) {
    setError(undefined);
    if (file.size > IMPORT_MAX_BYTES) return setError(`“${file.name}” is ${formatBytes(file.size)}: files of up to ${IMPORT_MAX_LABEL} can be imported.`);
    if (file.size === 0) return setError(`“${file.name}” is empty.`);
    const abort = new AbortController();
    controller.current = abort;
    setSending({ file, fraction: 0 });
    upload.mutate(
      { workspace, file, signal: abort.signal, onProgress: (fraction) => setSending({ file, fraction }) },
      {
        onSuccess: onUploaded,
        onError: (failure) => {
          setSending(null);
          if (!abort.signal.aborted) setError(`“${file.name}” was not accepted: ${describeError(failure)}`);
          // The person chooses again from where they were.
          input.current?.focus();
        },
      },
    );
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !sending) send(file);
  }

  return (
    <>
      <p>
        A CSV file of up to {IMPORT_MAX_LABEL}, with a header row, separated by commas, semicolons or tabs, in UTF-8. Products are
        created or updated by their SKU; nothing is written before you have seen a preview.
      </p>
      <div
        className={`drop-zone${over ? ' drop-zone--over' : ''}`}
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>Drop a CSV file here, or</p>
        <input
          ref={input}
          id={inputId}
          className="drop-zone__input"
          type="file"
          accept={ACCEPTED_CSV}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Not disabled while a file goes (that would drop the focus): a second choice waits.
            if (file && !sending) send(file);
            event.target.value = '';
          }}
        />
        {/* The input is hidden but focusable: its label looks like a button and shows its focus. */}
        <label htmlFor={inputId} className="button button--secondary">
          Choose a CSV file
        </label>
      </div>
      {sending && (
        <div className="import-upload">
          <ProgressBar
            label={`Upload of ${sending.file.name}`}
            percent={Math.round(sending.fraction * 100)}
            text={`${formatBytes(sending.fraction * sending.file.size)} of ${formatBytes(sending.file.size)}`}
          />
          <button type="button" className="button button--secondary button--small" onClick={() => controller.current?.abort()}>
            Cancel upload
          </button>
        </div>
      )}
      <p className="visually-hidden" role="status">
        {sending ? `Uploading ${sending.file.name}…` : ''}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
