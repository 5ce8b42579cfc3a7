import { type FormEvent, useId, useRef, useState } from 'react';
import { PasswordField, TextField } from '../../../components/fields';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import { toApiError } from '../../../lib/api-error';
import { type MfaChallenge, useLogin } from '../api/login';
import { validateLogin } from '../validation';
import { TwoFactorStep } from './TwoFactorStep';
import { useSignInPause } from './use-sign-in-pause';

const FIELDS = ['email', 'password'] as const;

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ email: '', password: '' });
  const [refusal, setRefusal] = useState<string | null>(null);
  // Set when the password was right and the account asks for a second factor (TwoFactorStep).
  const [challenge, setChallenge] = useState<MfaChallenge | null>(null);
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, FIELDS);
  const login = useLogin();
  const pause = useSignInPause();
  const alertId = useId();
  const alert = pause.message ?? refusal;

  function change(field: (typeof FIELDS)[number], value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    clear(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pause.active) return;
    setRefusal(null);
    pause.clear();
    const clientErrors = validateLogin(values);
    report(clientErrors);
    if (hasErrors(clientErrors)) return;
    login.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: (result) => ('mfaRequired' in result ? setChallenge(result) : onSuccess()),
        onError: (error) => {
          // Wrong email and wrong password look the same on purpose: the API does not say which.
          const apiError = toApiError(error);
          if (apiError.is(401, 'invalid_credentials')) setRefusal(error.message || 'Email or password is incorrect.');
          else if (apiError.is(429)) pause.start(apiError.retryAfter);
          else reportApiError(error);
        },
      },
    );
  }

  if (challenge) {
    const restart = (message?: string) => {
      setChallenge(null);
      setValues((v) => ({ ...v, password: '' }));
      setRefusal(message ?? null);
    };
    return <TwoFactorStep challenge={challenge} onSuccess={onSuccess} onRestart={restart} />;
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-label="Sign in">
      {alert && (
        <p id={alertId} className="form__alert" role="alert">
          {alert}
        </p>
      )}
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
        autoComplete="current-password"
        value={values.password}
        onChange={(e) => change('password', e.target.value)}
        error={errors.password}
        required
      />
      <button
        type="submit"
        className="button"
        disabled={login.isPending || pause.active}
        aria-describedby={pause.active ? alertId : undefined}
      >
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
