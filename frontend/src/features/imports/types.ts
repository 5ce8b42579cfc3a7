import type { components } from '../../lib/api/schema';

/** A CSV upload (POST /api/v1/workspaces/:slug/imports): what was read of it, its mapping and preview. */
export type ImportUpload = components['schemas']['ImportUpload'];
/** Each CSV header → the product field it fills, or null: not imported. */
export type Mapping = ImportUpload['mapping'];
export type ImportField = NonNullable<Mapping[string]>;
/** One of the first rows under a mapping, with what the import would refuse in it. */
export type PreviewRow = components['schemas']['ImportPreviewRow'];
/** The job an import, a bulk change or an undo starts (202). */
export type StartedJob = components['schemas']['Job'];
