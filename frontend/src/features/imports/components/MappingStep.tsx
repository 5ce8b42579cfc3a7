import { useId, useState } from 'react';
import { describeError } from '../../../lib/api-error';
import { formatBytes } from '../../../lib/progress';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { usePreview, useStartImport } from '../api/imports';
import { assignField, delimiterName, fieldLabel, IMPORT_FIELDS, mappingBody, missingFields, sameMapping } from '../mapping';
import type { ImportField, ImportUpload, Mapping, StartedJob } from '../types';
import { PreviewTable } from './PreviewTable';

interface MappingStepProps {
  workspace: string;
  upload: ImportUpload;
  onStarted: (job: StartedJob) => void;
  onChooseAnother: () => void;
}

/**
 * Steps 2 and 3: each column of the file matched to a product field (as the API guessed, changeable),
 * and the first rows as they would be imported with that mapping, each with its errors, read again
 * as the mapping changes; then Start. A mapping without SKU cannot start.
 */
export function MappingStep({ workspace, upload, onStarted, onChooseAnother }: MappingStepProps) {
  const id = useId();
  const [mapping, setMapping] = useState<Mapping>(() => mappingBody(upload.headers, upload.mapping));
  const [moved, setMoved] = useState<string>('');
  const [startError, setStartError] = useState<string>();
  const settled = useDebouncedValue(mapping, 250);
  // The API's own preview answers for the mapping it guessed; another mapping is asked for.
  const guessed = sameMapping(settled, upload.mapping);
  const preview = usePreview(workspace, upload.id, settled, !guessed && missingFields(settled).length === 0);
  const rows = guessed ? upload.preview : (preview.data ?? upload.preview);
  const missing = missingFields(mapping);
  const start = useStartImport();
  const sample = upload.preview[0]?.cells ?? {};

  function choose(header: string, field: ImportField | null) {
    const next = assignField(mapping, header, field);
    setMapping(next.mapping);
    setStartError(undefined);
    setMoved(next.displaced && field ? `${fieldLabel(field)} now comes from “${header}”; “${next.displaced}” is no longer imported.` : '');
  }

  function begin() {
    if (missing.length > 0 || start.isPending) return;
    start.mutate({ workspace, id: upload.id, mapping }, { onSuccess: onStarted, onError: (error) => setStartError(describeError(error)) });
  }

  return (
    <>
      <p>
        <strong>{upload.filename}</strong> · {formatBytes(upload.size)} · {upload.rows === 1 ? '1 row' : `${upload.rows.toLocaleString()} rows`} ·{' '}
        {upload.headers.length === 1 ? '1 column' : `${upload.headers.length} columns`}, {delimiterName(upload.delimiter)} separated{' '}
        <button type="button" className="link-button" onClick={onChooseAnother}>
          Choose another file
        </button>
      </p>
      <section aria-labelledby={`${id}-columns`}>
        <h3 id={`${id}-columns`}>Columns</h3>
        <div className="table-wrap">
          <table className="table table--stack import-mapping">
            <caption className="visually-hidden">Each column of the file and the product field it fills</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">First value</th>
                <th scope="col">Imported as</th>
              </tr>
            </thead>
            <tbody>
              {upload.headers.map((header) => (
                <tr key={header}>
                  <th scope="row">{header}</th>
                  <td data-label="First value" className="import-mapping__sample">
                    {sample[header] || <span className="muted">(empty)</span>}
                  </td>
                  <td data-label="Imported as">
                    <select aria-label={`Field for column ${header}`} value={mapping[header] ?? ''} onChange={(e) => choose(header, (e.target.value || null) as ImportField | null)}>
                      <option value="">Not imported</option>
                      {IMPORT_FIELDS.map((field) => (
                        <option key={field.value} value={field.value}>
                          {field.label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted">Categories: {IMPORT_FIELDS.find((f) => f.value === 'categories')?.hint}. Tags: {IMPORT_FIELDS.find((f) => f.value === 'tags')?.hint}.</p>
        <p role="status" className="muted">
          {moved}
        </p>
        {missing.includes('sku') && (
          <p className="field__error" role="alert">
            Choose the column that holds the SKU: products are created or updated by their SKU.
          </p>
        )}
      </section>
      <section aria-labelledby={`${id}-preview`} aria-busy={preview.isFetching || undefined}>
        <h3 id={`${id}-preview`}>Preview</h3>
        {preview.isError ? (
          <p className="field__error" role="alert">
            The preview could not be read: {describeError(preview.error)}
          </p>
        ) : (
          <PreviewTable rows={rows} mapping={settled} />
        )}
      </section>
      {startError && (
        <p className="field__error" role="alert">
          {startError}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button" onClick={begin} aria-disabled={missing.length > 0 || start.isPending || undefined}>
          {start.isPending ? 'Starting…' : 'Start the import'}
        </button>
      </div>
    </>
  );
}
