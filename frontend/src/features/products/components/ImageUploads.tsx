export interface Upload {
  key: number;
  name: string;
  /** 0 to 1. */
  progress: number;
  state: 'waiting' | 'uploading' | 'failed';
  /** The API's detail when it refused the file. */
  error?: string;
}

/** One line per file on its way: a progress bar while it goes, the reason when it was refused. */
export function ImageUploads({ uploads, onDismiss }: { uploads: Upload[]; onDismiss: (key: number) => void }) {
  if (uploads.length === 0) return null;
  return (
    <ul className="uploads" aria-label="Uploads">
      {uploads.map((upload) => (
        <li key={upload.key} className={`uploads__item uploads__item--${upload.state}`}>
          <span className="uploads__name">{upload.name}</span>
          {upload.state === 'failed' ? (
            <>
              <span className="field__error" role="alert">
                {upload.name}: {upload.error}
              </span>
              <button type="button" className="link-button" onClick={() => onDismiss(upload.key)} aria-label={`Dismiss ${upload.name}`}>
                Dismiss
              </button>
            </>
          ) : (
            <progress
              max={1}
              value={upload.state === 'waiting' ? 0 : upload.progress}
              aria-label={`${upload.state === 'waiting' ? 'Waiting to upload' : 'Uploading'} ${upload.name}`}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
