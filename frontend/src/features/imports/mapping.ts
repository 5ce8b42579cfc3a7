import type { ImportField, Mapping } from './types';

/*
 * The column mapping the person edits before an import: which CSV column fills which product field.
 * A field is filled from one column at most, so choosing it for a column takes it from the one that
 * had it (which the page says). Pure, so the rules are unit-tested (mapping.test.ts).
 */

export const IMPORT_FIELDS: ReadonlyArray<{ value: ImportField; label: string; hint?: string }> = [
  { value: 'sku', label: 'SKU', hint: 'required: products are created or updated by their SKU' },
  { value: 'name', label: 'Name' },
  { value: 'description', label: 'Description' },
  { value: 'price', label: 'Price' },
  { value: 'currency', label: 'Currency' },
  { value: 'stock', label: 'Stock' },
  { value: 'lowStockThreshold', label: 'Low-stock threshold' },
  { value: 'status', label: 'Status' },
  { value: 'categories', label: 'Categories', hint: 'paths such as “Kitchen > Teapots”, several separated by |' },
  { value: 'tags', label: 'Tags', hint: 'separated by | or ,' },
];

const REQUIRED: readonly ImportField[] = ['sku'];

export const fieldLabel = (field: ImportField): string => IMPORT_FIELDS.find((f) => f.value === field)?.label ?? field;

/** The header whose column fills `field`, if any. */
export function headerOf(mapping: Mapping, field: ImportField): string | undefined {
  return Object.keys(mapping).find((header) => mapping[header] === field);
}

/**
 * `header`'s column now fills `field` (null: not imported). `displaced`: the header that filled the
 * field before and now fills nothing.
 */
export function assignField(mapping: Mapping, header: string, field: ImportField | null): { mapping: Mapping; displaced: string | null } {
  const previous = field === null ? undefined : headerOf(mapping, field);
  const displaced = previous !== undefined && previous !== header ? previous : null;
  const next: Mapping = { ...mapping, [header]: field };
  if (displaced !== null) next[displaced] = null;
  return { mapping: next, displaced };
}

/** The required fields no column fills (an import without SKU is refused: sku_column_missing). */
export const missingFields = (mapping: Mapping): ImportField[] => REQUIRED.filter((field) => headerOf(mapping, field) === undefined);

/** The fields some column fills, in the form's order, with their header: the preview's columns. */
export function mappedFields(mapping: Mapping): Array<{ field: ImportField; header: string }> {
  return IMPORT_FIELDS.flatMap(({ value }) => {
    const header = headerOf(mapping, value);
    return header === undefined ? [] : [{ field: value, header }];
  });
}

/** The same mapping, whatever the order of its keys (a preview asked for it already). */
export function sameMapping(a: Mapping, b: Mapping): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? null) === (b[key] ?? null));
}

/** The mapping as the API takes it: every header of the file, null for those not imported. */
export const mappingBody = (headers: readonly string[], mapping: Mapping): Mapping =>
  Object.fromEntries(headers.map((header) => [header, mapping[header] ?? null]));

/** The delimiter the API found, in words. */
export function delimiterName(delimiter: string): string {
  if (delimiter === ',') return 'comma';
  if (delimiter === ';') return 'semicolon';
  if (delimiter === '\t') return 'tab';
  return `“${delimiter}”`;
}
