import { type HistoryField, STATUS_LABELS } from './types';
import type { ProductField, ProductFormValues } from './validation';

/** Each field as the form and the history name it. */
export const FIELD_LABELS: Record<HistoryField, string> = {
  name: 'Name',
  description: 'Description',
  sku: 'SKU',
  price: 'Price',
  currency: 'Currency',
  stock: 'Stock',
  lowStockThreshold: 'Low stock below',
  status: 'Status',
  categoryIds: 'Categories',
  tags: 'Tags',
  images: 'Pictures',
  trashedAt: 'In the trash',
};

/** A category's name, from the categories feature (pages pass it in); an id without one is shown as is. */
export type CategoryName = (id: string) => string | undefined;

const LONG_TEXT = 120;

function shortened(text: string): string {
  return text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT - 1)}…` : text;
}

/** A field's value as the form holds it, for a sentence ("Stock: 5"). */
export function describeFormValue<F extends ProductField>(field: F, value: ProductFormValues[F], categoryName?: CategoryName): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    return (field === 'categoryIds' ? value.map((id) => categoryName?.(id) ?? id) : value).join(', ');
  }
  if (field === 'status') return STATUS_LABELS[value as ProductFormValues['status']];
  const text = String(value).trim();
  if (field === 'lowStockThreshold' && !text) return 'no warning';
  return text ? shortened(text) : 'empty';
}

/** A value as the API sends it in the history (price "12.30", stock 5, null for none), for a sentence. */
export function describeApiValue(field: HistoryField, value: unknown, categoryName?: CategoryName): string {
  if (value === null || value === undefined) {
    if (field === 'lowStockThreshold') return 'no warning';
    return field === 'description' ? 'empty' : 'none';
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    return (field === 'categoryIds' ? value.map((id) => categoryName?.(String(id)) ?? String(id)) : value.map(String)).join(', ');
  }
  if (field === 'status' && typeof value === 'string' && value in STATUS_LABELS) return STATUS_LABELS[value as keyof typeof STATUS_LABELS];
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  return text ? shortened(text) : 'empty';
}
