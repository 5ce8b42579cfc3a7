/*
 * A CSV upload as the API shows it (POST /api/v1/workspaces/:slug/imports). Written from the contract
 * of issue 18 until the import routes are in the OpenAPI document; then these become aliases of the
 * generated schema.
 */
export type ImportField = 'sku' | 'name' | 'description' | 'price' | 'currency' | 'stock' | 'lowStockThreshold' | 'status' | 'categories' | 'tags';

/** Each CSV header → the product field it fills, or null: not imported. */
export type Mapping = Record<string, ImportField | null>;

interface PreviewError {
  field: ImportField | null;
  column: string | null;
  code: string;
  message: string;
}

export interface PreviewRow {
  row: number;
  cells: Record<string, string>;
  errors: PreviewError[];
}

export interface ImportUpload {
  id: string;
  filename: string;
  size: number;
  delimiter: string;
  /** Data rows in the file (the header not counted). */
  rows: number;
  headers: string[];
  mapping: Mapping;
  preview: PreviewRow[];
  createdAt: string;
  expiresAt: string;
}
