import { type FormEvent, useRef, useState } from 'react';
import { TextField } from '../../../components/fields';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import { toApiError } from '../../../lib/api-error';
import { useRegister } from '../api/register';
import { NAME_MAX, PASSWORD_MIN, validateRegister } from '../validation';

const FIELDS = ['name', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function RegisterForm({ onSuccess }: { onSuccess: () => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<Field, string>>({ name: '', email: '', password: '' });
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, FIELDS);
  const registration = useRegister();

  function change(field: Field, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    clear(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const clientErrors = validateRegister(values);
    report(clientErrors);
    if (hasErrors(clientErrors)) return;
    registration.mutate(
      { name: values.name.trim(), email: values.email.trim(), password: values.password },
      {
        onSuccess,
        onError: (error) => {
          if (toApiError(error).is(409)) report({ email: error.message || 'An account with this email already exists.' });
          else reportApiError(error);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-label="Create account">
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        maxLength={NAME_MAX}
        value={values.name}
        onChange={(e) => change('name', e.target.value)}
        error={errors.name}
        required
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        value={values.email}
        onChange={(e) => change('email', e.target.value)}
        error={errors.email}
        required
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters. Avoid common passwords.`}
        value={values.password}
        onChange={(e) => change('password', e.target.value)}
        error={errors.password}
        required
      />
      <button type="submit" className="button" disabled={registration.isPending}>
        {registration.isPending ? 'Creating account…' : 'Create account'}
      </button>
    </form>
  );
}
