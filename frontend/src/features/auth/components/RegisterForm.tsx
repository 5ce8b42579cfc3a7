import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { PasswordField, TextField } from '../../../components/fields';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import { useRegister } from '../api/register';
import { NAME_MAX, PASSWORD_MIN, validateRegister } from '../validation';

const FIELDS = ['name', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Registration signs nobody in: the API answers the same whether or not the address is taken, and
 * the account is used by following the emailed link and signing in. `signInPath` keeps ?next=.
 */
export function RegisterForm({ signInPath = '/login' }: { signInPath?: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<Field, string>>({ name: '', email: '', password: '' });
  const [sentTo, setSentTo] = useState<string | null>(null);
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
    const email = values.email.trim();
    registration.mutate(
      { name: values.name.trim(), email, password: values.password },
      { onSuccess: () => setSentTo(email), onError: reportApiError },
    );
  }

  if (sentTo) {
    return (
      <section className="panel" aria-labelledby="check-inbox-title">
        <h2 id="check-inbox-title">Check your inbox</h2>
        <p role="status">
          We sent a link to <strong>{sentTo}</strong>. Follow it to confirm your address, then sign in.
        </p>
        <p>If nothing arrives in a few minutes, look in the spam folder, or check that the address is spelled right.</p>
        <p>
          <Link to={signInPath}>Sign in</Link>
        </p>
      </section>
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
      <PasswordField
        label="Password"
        name="password"
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
