import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { PasswordField } from '../../../components/fields';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import { toApiError } from '../../../lib/api-error';
import { useConfirmPasswordReset } from '../api/password-reset';
import { PASSWORD_MIN, validateResetPassword } from '../validation';

const FIELDS = ['newPassword'] as const;

// Per code of the API's 400, a plain sentence; each is followed by a link to ask for a new one.
const LINK_REFUSED: Record<string, string> = {
  reset_token_invalid: 'This link is not valid. It may have been cut short when it was copied.',
  reset_token_expired: 'This link has expired: a link works for 30 minutes.',
  reset_token_used: 'This link was already used to choose a password. Each link works once.',
};
const MISSING_TOKEN = 'This link is incomplete: the part that identifies it is missing.';

/** `token` is the one from the emailed link (?token=); `onDone` runs once the new password is set. */
export function ResetPasswordForm({ token, onDone }: { token: string | null; onDone: () => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [newPassword, setNewPassword] = useState('');
  const [refusal, setRefusal] = useState<string | null>(token ? null : MISSING_TOKEN);
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, FIELDS);
  const confirm = useConfirmPasswordReset();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!token) return;
    const clientErrors = validateResetPassword({ newPassword });
    report(clientErrors);
    if (hasErrors(clientErrors)) return;
    confirm.mutate(
      { token, newPassword },
      {
        onSuccess: onDone,
        onError: (error) => {
          const sentence = LINK_REFUSED[toApiError(error).code];
          if (sentence) setRefusal(sentence);
          else reportApiError(error);
        },
      },
    );
  }

  if (refusal) {
    return (
      <div className="notice notice--warning" role="alert">
        <p>{refusal}</p>
        <p>
          <Link to="/forgot-password">Request a new link</Link>
        </p>
      </div>
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-label="Choose a new password">
      <PasswordField
        label="New password"
        name="newPassword"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters. Avoid common passwords. You will be signed out everywhere.`}
        value={newPassword}
        onChange={(e) => {
          setNewPassword(e.target.value);
          clear('newPassword');
        }}
        error={errors.newPassword}
        required
      />
      <button type="submit" className="button" disabled={confirm.isPending}>
        {confirm.isPending ? 'Saving…' : 'Set the new password'}
      </button>
    </form>
  );
}
