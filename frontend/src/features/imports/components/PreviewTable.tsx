import { fieldLabel, mappedFields } from '../mapping';
import type { Mapping, PreviewRow } from '../types';

/** "Price: must be a decimal amount"; a row's own problem (a repeated SKU is the SKU's) without a field. */
const errorText = (error: PreviewRow['errors'][number]) => (error.field ? `${fieldLabel(error.field)}: ${error.message}` : error.message);

/** The first rows as the mapping reads them: one column per field imported, and each row's problems. */
export function PreviewTable({ rows, mapping }: { rows: PreviewRow[]; mapping: Mapping }) {
  const columns = mappedFields(mapping);
  const invalid = rows.filter((row) => row.errors.length > 0).length;
  if (rows.length === 0) return <p className="muted">The file has a header row and no rows to import.</p>;
  return (
    <>
      <p>
        {invalid === 0
          ? `The first ${rows.length === 1 ? 'row has' : `${rows.length} rows have`} no problems.`
          : `${invalid} of the first ${rows.length} rows ${invalid === 1 ? 'has problems: it' : 'have problems: they'} will fail and come back in the error report; the others are imported.`}
      </p>
      <div className="table-wrap">
        <table className="table table--stack import-preview">
          <caption className="visually-hidden">The first rows of the file as they would be imported</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {columns.map(({ field }) => (
                <th key={field} scope="col">
                  {fieldLabel(field)}
                </th>
              ))}
              <th scope="col">Problems</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row} className={row.errors.length ? 'import-preview__invalid' : undefined}>
                <th scope="row">Row {row.row}</th>
                {columns.map(({ field, header }) => (
                  <td key={field} data-label={fieldLabel(field)}>
                    {row.cells[header] ?? ''}
                  </td>
                ))}
                <td data-label="Problems">
                  {row.errors.length === 0 ? (
                    <span className="muted">None</span>
                  ) : (
                    <ul className="import-preview__errors">
                      {row.errors.map((error) => (
                        <li key={`${error.field}-${error.code}`}>{errorText(error)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
