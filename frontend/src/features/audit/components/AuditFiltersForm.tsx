import { type FormEvent, useRef, useState } from 'react';
import { SelectField, TextField } from '../../../components/fields';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import { EMPTY_FILTER_FORM, toAuditFilters, type AuditFilterField, type AuditFilterForm } from '../filters';
import { ACTION_LABELS } from '../labels';
import type { AuditAction, AuditFilters } from '../types';

const FIELDS: readonly AuditFilterField[] = ['actor', 'action', 'target', 'from', 'to'];

interface Props {
  /** The actions offered (a workspace's log holds fewer kinds). */
  actions: readonly AuditAction[];
  onApply: (filters: AuditFilters) => void;
}

/** Filters by actor, action, target and time; applied on submit, checked first as the API checks them. */
export function AuditFiltersForm({ actions, onApply }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_FILTER_FORM);
  const { errors, report, clear } = useFormErrors(formRef, FIELDS);
  const set = (field: AuditFilterField) => (event: { target: { value: string } }) => {
    setForm((current) => ({ ...current, [field]: event.target.value }));
    clear(field);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = toAuditFilters(form);
    report(checked.errors);
    if (!hasErrors(checked.errors)) onApply(checked.filters);
  }

  function reset() {
    setForm(EMPTY_FILTER_FORM);
    report({});
    onApply({});
  }

  return (
    <form ref={formRef} className="filters" role="search" aria-label="Filter the audit log" onSubmit={submit} noValidate>
      <TextField label="Actor" hint="A user's or API key's id" value={form.actor} onChange={set('actor')} error={errors.actor} autoComplete="off" spellCheck={false} />
      <SelectField label="Action" value={form.action} onChange={set('action')} error={errors.action}>
        <option value="">Any action</option>
        {actions.map((action) => (
          <option key={action} value={action}>
            {ACTION_LABELS[action]}
          </option>
        ))}
      </SelectField>
      <TextField label="Target" hint="An id, or type:id" value={form.target} onChange={set('target')} error={errors.target} autoComplete="off" spellCheck={false} />
      <TextField label="From" type="datetime-local" value={form.from} onChange={set('from')} error={errors.from} />
      <TextField label="To" type="datetime-local" value={form.to} onChange={set('to')} error={errors.to} />
      <p>
        <button type="submit" className="button">
          Apply filters
        </button>{' '}
        <button type="button" className="button button--secondary" onClick={reset}>
          Clear
        </button>
      </p>
    </form>
  );
}
