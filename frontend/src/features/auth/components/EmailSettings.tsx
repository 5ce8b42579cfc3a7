import { type FormEvent, useRef, useState } from 'react';
import { PasswordField, TextField } from '../../../components/fields';
import { ErrorState, LoadingState } from '../../../components/states';
import { toast } from '../../../components/toast';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import { describeError, toApiError } from '../../../lib/api-error';
import type { User } from '../../../lib/auth';
import { useChangeEmail } from '../api/change-email';
import { useMe } from '../api/get-me';
import { useResendVerification } from '../api/verify-email';
import { validateChangeEmail } from '../validation';

// `emailVerified` is typed here until src/lib/api/schema.d.ts is regenerated with it.
type UserWithVerification = User & { emailVerified?: boolean };

/** The address, whether it is confirmed (with a way to get a new link), and the change of address. */
export function EmailSettings() {
  const me = useMe();
  if (me.isPending) return <LoadingState label="Loading your email address…" />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  const user = me.data as UserWithVerification;
  return (
    <section className="panel" aria-labelledby="email-title">
      <h2 id="email-title">Email address</h2>
      <p>
        <strong>{user.email}</strong> {user.emailVerified ? '(confirmed)' : '(not confirmed yet)'}
      </p>
      {!user.emailVerified && <ResendLink />}
      <ChangeEmailForm />
    </section>
  );
}

function ResendLink() {
  const resend = useResendVerification();
  const [sent, setSent] = useState(false);
  function send() {
    resend.mutate(undefined, {
      onSuccess: () => setSent(true),
      onError: (error) => {
        // Confirmed in another tab meanwhile: nothing to send, and the page may say so.
        if (toApiError(error).is(409, 'email_already_verified')) toast.success('Your email address is confirmed already.');
        else toast.error(describeError(error));
      },
    });
  }
  return (
    <div className="notice notice--warning">
      <p>Follow the link we emailed you to confirm this address.</p>
      {sent ? (
        <p role="status">We sent a new link. It may take a few minutes to arrive.</p>
      ) : (
        <button type="button" className="button button--secondary" disabled={resend.isPending} onClick={send}>
          {resend.isPending ? 'Sending…' : 'Send the link again'}
        </button>
      )}
    </div>
  );
}

const FIELDS = ['newEmail', 'currentPassword'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = { newEmail: '', currentPassword: '' };

function ChangeEmailForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, FIELDS);
  const change = useChangeEmail();

  function update(field: Field, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    clear(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const clientErrors = validateChangeEmail(values);
    report(clientErrors);
    if (hasErrors(clientErrors)) return;
    const newEmail = values.newEmail.trim();
    change.mutate(
      { newEmail, currentPassword: values.currentPassword },
      {
        onSuccess: () => {
          setValues(EMPTY);
          setSentTo(newEmail);
        },
        onError: (error) => {
          if (toApiError(error).is(400, 'invalid_current_password')) report({ currentPassword: 'The current password is incorrect.' });
          else reportApiError(error);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-labelledby="change-email-title">
      <h3 id="change-email-title">Change email address</h3>
      {sentTo && (
        <p className="notice notice--info" role="status">
          We sent a link to <strong>{sentTo}</strong>; your address changes when you follow it.
        </p>
      )}
      <TextField
        label="New email address"
        name="newEmail"
        type="email"
        autoComplete="email"
        value={values.newEmail}
        onChange={(e) => update('newEmail', e.target.value)}
        error={errors.newEmail}
        required
      />
      <PasswordField
        label="Current password"
        name="currentPassword"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={(e) => update('currentPassword', e.target.value)}
        error={errors.currentPassword}
        required
      />
      <button type="submit" className="button" disabled={change.isPending}>
        {change.isPending ? 'Sending…' : 'Change email address'}
      </button>
    </form>
  );
}
