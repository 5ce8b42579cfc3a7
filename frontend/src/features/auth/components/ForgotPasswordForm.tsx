import { type FormEvent, useRef, useState } from 'react';
import { TextField } from '../../../components/fields';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import { useRequestPasswordReset } from '../api/password-reset';
import { validateForgotPassword } from '../validation';

const FIELDS = ['email'] as const;

/** The answer is the same whether or not the address has an account: the API does not say, nor does this. */
export function ForgotPasswordForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, FIELDS);
  const request = useRequestPasswordReset();

  function submit(event: FormEvent) {
    event.preventDefault();
    const clientErrors = validateForgotPassword({ email });
    report(clientErrors);
    if (hasErrors(clientErrors)) return;
    const address = email.trim();
    request.mutate({ email: address }, { onSuccess: () => setSentTo(address), onError: reportApiError });
  }

  if (sentTo) {
    return (
      <p className="notice notice--info" role="status">
        If an account exists for <strong>{sentTo}</strong>, we sent a link to it to choose a new password. The link works for 30
        minutes.
      </p>
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-label="Reset your password">
      <p>Enter the address you registered with, and we will send you a link to choose a new password.</p>
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        value={email}
        onChange={(e) => {
          setEmail(e.target.value);
          clear('email');
        }}
        error={errors.email}
        required
      />
      <button type="submit" className="button" disabled={request.isPending}>
        {request.isPending ? 'Sending…' : 'Send the link'}
      </button>
    </form>
  );
}
