import { useId } from 'react';
import './merge.css';
import { type CategoryName, describeFormValue, FIELD_LABELS } from '../field-labels';
import type { Choice, Merge } from '../merge';
import type { ProductFormValues } from '../validation';

export type FormMerge<V = ProductFormValues> = { merge: Merge<V>; choices: Partial<Record<keyof V, Choice>> };

interface MergeNoticeProps<V extends Partial<ProductFormValues>> {
  state: FormMerge<V>;
  onChoose: (field: keyof V, choice: Choice) => void;
  categoryName?: CategoryName;
  /** Where the user saves: "Save changes", "Update". */
  saveLabel: string;
  compact?: boolean;
}

/**
 * After a 412: the product was changed elsewhere. What only the other side changed is merged into
 * the form already (listed here); each field both changed differently is chosen here, mine or theirs.
 */
export function MergeNotice<V extends Partial<ProductFormValues>>({ state, onChoose, categoryName, saveLabel, compact }: MergeNoticeProps<V>) {
  const id = useId();
  const { merge, choices } = state;
  const merged = merge.fields.filter((f) => f.outcome === 'theirs');
  const describe = (field: keyof V, value: unknown) =>
    describeFormValue(field as keyof ProductFormValues, value as ProductFormValues[keyof ProductFormValues], categoryName);
  const open = merge.conflicts.filter((field) => !choices[field]).length;
  return (
    <div className={`notice notice--warning merge${compact ? ' merge--compact' : ''}`}>
      <p role="alert">
        <strong>This product was changed elsewhere</strong> since you opened it. Your changes are kept
        {merged.length > 0 ? ', and the other changes are merged in' : ''}.{' '}
        {open > 0 ? `Choose a value for ${open === 1 ? 'the field' : `the ${open} fields`} both of you changed, then ${saveLabel.toLowerCase()}.` : `${saveLabel} to save both.`}
      </p>
      {merge.baseUnknown && (
        <p>The version you opened is no longer in the product’s history, so every field that differs is yours to choose.</p>
      )}
      {merged.length > 0 && (
        <>
          <p id={`${id}-merged`}>Merged from the other change:</p>
          <ul className="merge__list" aria-labelledby={`${id}-merged`}>
            {merged.map((f) => (
              <li key={String(f.field)}>
                {FIELD_LABELS[f.field as keyof ProductFormValues]}: {f.base === undefined ? '' : `${describe(f.field, f.base)} → `}
                {describe(f.field, f.theirs)}
              </li>
            ))}
          </ul>
        </>
      )}
      {merge.fields
        .filter((f) => f.outcome === 'conflict')
        .map((f) => {
          const label = FIELD_LABELS[f.field as keyof ProductFormValues];
          const name = `${id}-${String(f.field)}`;
          return (
            <fieldset key={name} className="merge__choice">
              <legend>{label}: changed on both sides</legend>
              {(['mine', 'theirs'] as const).map((side) => (
                <label key={side} className="merge__option">
                  <input type="radio" name={name} checked={choices[f.field] === side} onChange={() => onChoose(f.field, side)} />{' '}
                  {side === 'mine' ? 'Keep mine' : 'Use theirs'}: <span className="merge__value">{describe(f.field, f[side])}</span>
                </label>
              ))}
            </fieldset>
          );
        })}
    </div>
  );
}
