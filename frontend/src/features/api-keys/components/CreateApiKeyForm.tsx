import { type FormEvent, useRef, useState } from 'react';
import { TextField } from '../../../components/fields';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import { type ApiKeyScope, type CreatedApiKey, useCreateApiKey } from '../api/api-keys';

const FIELDS = ['name', 'scopes', 'expiresInDays'] as const;
type Field = (typeof FIELDS)[number];
const SCOPES: Array<{ scope: ApiKeyScope; label: string; hint: string }> = [
  { scope: 'products:read', label: 'Read products', hint: 'including your drafts' },
  { scope: 'products:write', label: 'Create, change and delete products', hint: 'includes reading them' },
];
// The API's limits (api-keys.schemas.ts).
const NAME_MAX = 100;
const DAYS_MAX = 3650;

export function CreateApiKeyForm({ onCreated }: { onCreated: (created: CreatedApiKey) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['products:read']);
  const [days, setDays] = useState('');
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, FIELDS);
  const create = useCreateApiKey();

  function toggle(scope: ApiKeyScope, on: boolean) {
    setScopes((current) => (on ? [...current, scope] : current.filter((s) => s !== scope)));
    clear('scopes');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const expiresInDays = days.trim() === '' ? undefined : Number(days);
    const found: Partial<Record<Field, string | undefined>> = {
      name: name.trim() === '' ? 'Give the key a name, e.g. the script or machine that uses it.' : name.trim().length > NAME_MAX ? `At most ${NAME_MAX} characters.` : undefined,
      scopes: scopes.length === 0 ? 'Choose at least one permission.' : undefined,
      expiresInDays:
        expiresInDays !== undefined && !(Number.isInteger(expiresInDays) && expiresInDays >= 1 && expiresInDays <= DAYS_MAX)
          ? `A whole number of days from 1 to ${DAYS_MAX}, or empty for a key that does not expire.`
          : undefined,
    };
    const clientErrors = Object.fromEntries(Object.entries(found).filter(([, message]) => message !== undefined)) as Partial<Record<Field, string>>;
    report(clientErrors);
    if (hasErrors(clientErrors)) return;
    create.mutate(
      { name: name.trim(), scopes, ...(expiresInDays !== undefined ? { expiresInDays } : {}) },
      {
        onSuccess: (created) => {
          setName('');
          setDays('');
          onCreated(created);
        },
        onError: reportApiError,
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-label="Create an API key">
      <TextField label="Key name" name="name" value={name} maxLength={NAME_MAX} onChange={(e) => { setName(e.target.value); clear('name'); }} error={errors.name} required />
      <fieldset className={`field${errors.scopes ? ' field--invalid' : ''}`} aria-describedby={errors.scopes ? 'api-key-scopes-error' : undefined}>
        <legend>Permissions</legend>
        {SCOPES.map(({ scope, label, hint }) => (
          <label key={scope} className="checkbox">
            <input type="checkbox" name="scopes" checked={scopes.includes(scope)} onChange={(e) => toggle(scope, e.target.checked)} /> {label}{' '}
            <span className="muted">({hint})</span>
          </label>
        ))}
        {errors.scopes && (
          <p id="api-key-scopes-error" className="field__error">
            {errors.scopes}
          </p>
        )}
      </fieldset>
      <TextField
        label="Expires after (days)"
        name="expiresInDays"
        type="number"
        inputMode="numeric"
        min={1}
        max={DAYS_MAX}
        hint="Leave empty for a key that does not expire."
        value={days}
        onChange={(e) => { setDays(e.target.value); clear('expiresInDays'); }}
        error={errors.expiresInDays}
      />
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create key'}
      </button>
    </form>
  );
}
