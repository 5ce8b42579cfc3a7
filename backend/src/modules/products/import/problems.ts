import { AppError, notFound } from '../../../lib/errors.js';

// The refusals of an import, each a stable code (issue 18's contract and README "CSV import").

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** `closeConnection`: the rest of the body is left unread, so the connection cannot carry another request. */
export const importTooLarge = (maxBytes: number, { closeConnection = false } = {}) =>
  new AppError(413, 'import_too_large', `The file is larger than ${megabytes(maxBytes)} MB; split it into smaller files`, {
    extensions: { maxBytes },
    ...(closeConnection ? { headers: { Connection: 'close' } } : {}),
  });

export const importFileRequired = () =>
  new AppError(400, 'import_file_required', 'Send one CSV file as multipart/form-data, in the field "file"');

/** Not a table of text at all: a picture, a workbook, a document, or one column without a SKU. */
export const notCsv = (why: string) => new AppError(415, 'not_csv', `This is not a CSV file: ${why}`);

export const invalidEncoding = (why: string) =>
  new AppError(415, 'invalid_encoding', `The file is not UTF-8 text (${why}); save it as "CSV UTF-8" (Excel: Save As, CSV UTF-8) and upload it again`);

/** CSV text that cannot be read as rows: a quote never closed, a record beyond any product's size. */
export const malformedCsv = (line: number, why: string) =>
  new AppError(422, 'malformed_csv', `The CSV cannot be read past line ${line}: ${why}`, { extensions: { line } });

export const importNotFound = () => notFound('import_not_found', 'No upload of yours in this workspace has this id (uploads are kept for 24 hours)');

export const skuColumnMissing = () =>
  new AppError(400, 'sku_column_missing', 'No column is mapped to "sku": the SKU is what finds the product to create or update');
