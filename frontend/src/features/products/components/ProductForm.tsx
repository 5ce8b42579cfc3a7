import { type FormEvent, type ReactNode, useRef } from 'react';
import { SelectField, TextAreaField, TextField } from '../../../components/fields';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import type { Product } from '../types';
import { LIMITS, type ProductField, type ProductFormValues, validateProduct } from '../validation';
import { StatusOptions } from './StatusOptions';
import { TagInput } from './TagInput';

const FIELDS: readonly ProductField[] = ['name', 'description', 'sku', 'price', 'currency', 'stock', 'lowStockThreshold', 'status', 'categoryIds', 'tags'];

export const EMPTY_PRODUCT: ProductFormValues = {
  name: '',
  description: '',
  sku: '',
  price: '',
  currency: '',
  stock: '0',
  lowStockThreshold: '',
  status: 'draft',
  categoryIds: [],
  tags: [],
};

/** The fields a form edits, of a product now or as it was at a version of its history. */
export type EditableFields = Pick<Product, 'name' | 'sku' | 'price' | 'currency' | 'stock' | 'lowStockThreshold' | 'status' | 'categoryIds' | 'tags'> & {
  description: string | null;
};

export function toFormValues(product: EditableFields): ProductFormValues {
  return {
    name: product.name,
    description: product.description ?? '',
    sku: product.sku,
    price: product.price,
    currency: product.currency,
    stock: String(product.stock),
    lowStockThreshold: product.lowStockThreshold === null ? '' : String(product.lowStockThreshold),
    status: product.status,
    categoryIds: product.categoryIds,
    tags: product.tags,
  };
}

interface FormActions {
  /** Puts the API's per-field errors next to their inputs; the rest becomes a toast. */
  reportApiError: (error: unknown) => void;
  reportFieldError: (field: ProductField, message: string) => void;
}

/**
 * What the pages add to the form from elsewhere: the category picker (the categories feature) and
 * the workspace whose tags are suggested.
 */
export interface ProductFormSlots {
  renderCategoryPicker?: (props: { value: string[]; onChange: (ids: string[]) => void; error?: string }) => ReactNode;
  tagWorkspace?: string;
}

interface ProductFormProps extends ProductFormSlots {
  /** The values as typed: the page holds them, so it knows whether there are unsaved changes. */
  values: ProductFormValues;
  /** Takes an update of the current values, like a state setter (which the page may pass as is). */
  onChange: (update: (current: ProductFormValues) => ProductFormValues) => void;
  submitLabel: string;
  pending: boolean;
  onSubmit: (values: ProductFormValues, actions: FormActions) => void;
  /** Shown above the fields: e.g. the product changed elsewhere. */
  banner?: ReactNode;
  secondaryActions?: ReactNode;
  /** Editing: disables submit while something (a conflict) must be resolved first. */
  blocked?: boolean;
}

/** Name, SKU, price, stock…: checked here with the API's limits, then by the API. */
export function ProductForm({
  values,
  onChange,
  submitLabel,
  pending,
  onSubmit,
  banner,
  secondaryActions,
  blocked,
  renderCategoryPicker,
  tagWorkspace,
}: ProductFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, FIELDS);

  function set<F extends ProductField>(field: F, value: ProductFormValues[F]) {
    onChange((current) => ({ ...current, [field]: value }));
    clear(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const clientErrors = validateProduct(values);
    report(clientErrors);
    if (hasErrors(clientErrors)) return;
    onSubmit(values, { reportApiError, reportFieldError: (field, message) => report({ [field]: message }) });
  }

  return (
    <form ref={formRef} className="form form--wide" noValidate onSubmit={submit} aria-label="Product">
      {banner}
      <TextField
        label="Name"
        name="name"
        value={values.name}
        onChange={(e) => set('name', e.target.value)}
        error={errors.name}
        hint={`Up to ${LIMITS.nameMax} characters.`}
        required
      />
      <TextAreaField
        label="Description"
        name="description"
        rows={5}
        value={values.description}
        onChange={(e) => set('description', e.target.value)}
        error={errors.description}
        hint={`${values.description.length} / ${LIMITS.descriptionMax} characters.`}
      />
      <div className="form__row">
        <TextField
          label="SKU"
          name="sku"
          value={values.sku}
          onChange={(e) => set('sku', e.target.value)}
          error={errors.sku}
          hint="Letters, digits, . _ - (unique among your products)."
          autoCapitalize="off"
          spellCheck={false}
          required
        />
        <SelectField label="Status" name="status" value={values.status} onChange={(e) => set('status', e.target.value as ProductFormValues['status'])} error={errors.status}>
          <StatusOptions />
        </SelectField>
      </div>
      <div className="form__row">
        <TextField
          label="Price"
          name="price"
          inputMode="decimal"
          value={values.price}
          onChange={(e) => set('price', e.target.value)}
          error={errors.price}
          hint="For example 19.99"
          required
        />
        <TextField
          label="Currency"
          name="currency"
          value={values.currency}
          onChange={(e) => set('currency', e.target.value.toUpperCase())}
          error={errors.currency}
          hint="3 letters, e.g. EUR. Empty: the shop default."
          maxLength={3}
          autoCapitalize="characters"
          spellCheck={false}
        />
        <TextField
          label="Stock"
          name="stock"
          inputMode="numeric"
          value={values.stock}
          onChange={(e) => set('stock', e.target.value)}
          error={errors.stock}
          required
        />
        <TextField
          label="Low stock below"
          name="lowStockThreshold"
          inputMode="numeric"
          value={values.lowStockThreshold}
          onChange={(e) => set('lowStockThreshold', e.target.value)}
          error={errors.lowStockThreshold}
          hint="Empty: no warning."
        />
      </div>
      {renderCategoryPicker?.({ value: values.categoryIds, onChange: (ids) => set('categoryIds', ids), error: errors.categoryIds })}
      <TagInput value={values.tags} onChange={(tags) => set('tags', tags)} workspace={tagWorkspace} error={errors.tags} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={pending || blocked}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {secondaryActions}
      </div>
    </form>
  );
}
