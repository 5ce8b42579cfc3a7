import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { describeError } from '../../../lib/api-error';
import { type BulkAction, type BulkSelection, type StartedJob, useBulkEdit } from '../api/bulk';
import { BULK_CHOICES, type BulkChoice, type BulkDraft, bulkActionOf, describeBulkAction, EMPTY_DRAFT, STOCK_OPS, type StockOp } from '../bulk-action';
import { BULK_IDS_MAX } from '../selection';
import type { ProductAccess, ProductStatus } from '../types';
import { StatusOptions } from './StatusOptions';
import { TagInput } from './TagInput';
import './bulk.css';

export type CategoryPickerRender = (props: { value: string[]; onChange: (ids: string[]) => void; error?: string }) => ReactNode;

interface BulkBarProps {
  workspace: string;
  /** How many products are selected; null while "all that match" waits for the list's count. */
  count: number | null;
  /** The count is the API's cap ("10,000+"), not exact. */
  capped: boolean;
  access: ProductAccess;
  /** The body's selection, read when the change is applied (the versions the list shows then). */
  selection: () => BulkSelection;
  renderCategoryPicker?: CategoryPickerRender;
  onClear: () => void;
  onStarted: (job: StartedJob, description: string) => void;
}

const productsText = (count: number | null, capped: boolean) =>
  count === null ? 'all matching products' : `${count.toLocaleString()}${capped ? '+' : ''} ${count === 1 && !capped ? 'product' : 'products'}`;

/**
 * The change to make to every selected product: a status, the stock (add, subtract, set), categories
 * or tags added or removed, or the trash (after a confirmation). Applied as one job; its result (each
 * product applied, in conflict or refused, and Undo) is the page's to show.
 */
export function BulkBar({ workspace, count, capped, access, selection, renderCategoryPicker, onClear, onStarted }: BulkBarProps) {
  const id = useId();
  const choices = BULK_CHOICES.filter((choice) => access[choice.needs]);
  const [draft, setDraft] = useState<BulkDraft>({ choice: choices[0]?.value ?? 'trash', ...EMPTY_DRAFT });
  const [error, setError] = useState<{ message: string; field?: string }>();
  const [confirming, setConfirming] = useState<BulkAction | null>(null);
  const bulk = useBulkEdit();
  const what = productsText(count, capped);
  const set = <K extends keyof BulkDraft>(key: K, value: BulkDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setError(undefined);
  };

  function send(action: BulkAction) {
    const body = selection();
    if ('ids' in body && body.ids.length > BULK_IDS_MAX) {
      setConfirming(null);
      return setError({ message: `At most ${BULK_IDS_MAX.toLocaleString()} products can be picked one by one; select all that match instead.` });
    }
    bulk.mutate(
      { workspace, selection: body, action },
      {
        onSuccess: (job) => {
          setConfirming(null);
          onStarted(job, `${describeBulkAction(action)} on ${what}`);
        },
        onError: (failure) => {
          setConfirming(null);
          setError({ message: describeError(failure) });
        },
      },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (bulk.isPending) return;
    const built = bulkActionOf(draft);
    if ('error' in built) return setError({ message: built.error, field: built.field });
    if (built.action.type === 'trash') return setConfirming(built.action);
    send(built.action);
  }

  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);

  return (
    <form className="bulk-bar" aria-label="Bulk change" onSubmit={submit} noValidate>
      <div className="bulk-bar__summary">
        <p role="status">
          <strong>{what.replace(/^./, (c) => c.toUpperCase())}</strong> selected
        </p>
        <button type="button" className="link-button" onClick={onClear}>
          Clear selection
        </button>
      </div>
      <div className="bulk-bar__fields">
        <div className="field">
          <label htmlFor={`${id}-choice`}>Change</label>
          <select id={`${id}-choice`} value={draft.choice} onChange={(e) => set('choice', e.target.value as BulkChoice)}>
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        {draft.choice === 'set_status' && (
          <div className="field">
            <label htmlFor={`${id}-status`}>New status</label>
            <select id={`${id}-status`} value={draft.status} onChange={(e) => set('status', e.target.value as ProductStatus)}>
              <StatusOptions />
            </select>
          </div>
        )}
        {draft.choice === 'stock' && (
          <>
            <div className="field">
              <label htmlFor={`${id}-op`}>Operation</label>
              <select id={`${id}-op`} value={draft.stockOp} onChange={(e) => set('stockOp', e.target.value as StockOp)}>
                {STOCK_OPS.map((op) => (
                  <option key={op.value} value={op.value}>
                    {op.label}
                  </option>
                ))}
              </select>
            </div>
            <div className={`field${fieldError('amount') ? ' field--invalid' : ''}`}>
              <label htmlFor={`${id}-amount`}>Amount</label>
              <input
                id={`${id}-amount`}
                inputMode="numeric"
                value={draft.amount}
                onChange={(e) => set('amount', e.target.value)}
                aria-invalid={fieldError('amount') ? true : undefined}
                aria-describedby={fieldError('amount') ? `${id}-error` : undefined}
              />
            </div>
          </>
        )}
        {(draft.choice === 'add_categories' || draft.choice === 'remove_categories') &&
          renderCategoryPicker?.({ value: draft.categoryIds, onChange: (ids) => set('categoryIds', ids), error: fieldError('categories') })}
        {(draft.choice === 'add_tags' || draft.choice === 'remove_tags') && (
          <TagInput
            label={draft.choice === 'add_tags' ? 'Tags to add' : 'Tags to remove'}
            value={draft.tags}
            onChange={(tags) => set('tags', tags)}
            workspace={workspace}
            error={fieldError('tags')}
          />
        )}
      </div>
      {/* Categories and tags show their error in their own field. */}
      {error && (!error.field || error.field === 'amount') && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error.message}
        </p>
      )}
      <div className="bulk-bar__actions">
        <button type="submit" className={`button${draft.choice === 'trash' ? ' button--danger' : ''}`} aria-disabled={bulk.isPending || undefined}>
          {bulk.isPending ? 'Starting…' : `Apply to ${what}`}
        </button>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={`Move ${what} to the trash?`}
        confirmLabel="Move to trash"
        pending={bulk.isPending}
        onConfirm={() => confirming && send(confirming)}
        onCancel={() => setConfirming(null)}
      >
        <p>They stay in the trash for 30 days, and the result of this change offers Undo.</p>
      </ConfirmDialog>
    </form>
  );
}
