import { type FormEvent, useRef, useState } from 'react';
import { PasswordField } from '../../../components/fields';
import { toast } from '../../../components/toast';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import { toApiError } from '../../../lib/api-error';
import { useChangePassword } from '../api/change-password';
import { PASSWORD_MIN, validateChangePassword } from '../validation';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangePasswordForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, FIELDS);
  const change = useChangePassword();

  function update(field: Field, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    clear(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const clientErrors = validateChangePassword(values);
    report(clientErrors);
    if (hasErrors(clientErrors)) return;
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          setValues(EMPTY);
          toast.success('Your password was changed.');
        },
        onError: (error) => {
          const apiError = toApiError(error);
          if (apiError.status === 401 || apiError.status === 403) report({ currentPassword: apiError.message });
          else reportApiError(error);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-labelledby="change-password-title">
      <h2 id="change-password-title">Change password</h2>
      <PasswordField
        label="Current password"
        name="currentPassword"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={(e) => update('currentPassword', e.target.value)}
        error={errors.currentPassword}
        required
      />
      <PasswordField
        label="New password"
        name="newPassword"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        value={values.newPassword}
        onChange={(e) => update('newPassword', e.target.value)}
        error={errors.newPassword}
        required
      />
      <PasswordField
        label="Confirm new password"
        name="confirmPassword"
        autoComplete="new-password"
        value={values.confirmPassword}
        onChange={(e) => update('confirmPassword', e.target.value)}
        error={errors.confirmPassword}
        required
      />
      <button type="submit" className="button" disabled={change.isPending}>
        {change.isPending ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
