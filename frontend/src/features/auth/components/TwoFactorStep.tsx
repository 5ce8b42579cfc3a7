import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { TextField } from '../../../components/fields';
import { useFormErrors } from '../../../components/use-form-errors';
import { toApiError } from '../../../lib/api-error';
import { type MfaChallenge, useLoginTwoFactor } from '../api/login';
import { useSignInPause } from './use-sign-in-pause';

const FIELDS = ['code'] as const;

/** Said on the password step when the mfaToken ran out or was refused: only a new sign-in helps. */
const SIGN_IN_AGAIN = 'The sign-in took too long. Enter your password again.';

interface Props {
  challenge: MfaChallenge;
  onSuccess: () => void;
  /** Back to the password step, with a sentence for it when the step cannot go on. */
  onRestart: (message?: string) => void;
}

/** The sign-in's second step: the 6-digit code from the authenticator app, or a recovery code. */
export function TwoFactorStep({ challenge, onSuccess, onRestart }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [code, setCode] = useState('');
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, FIELDS);
  const verify = useLoginTwoFactor();
  const pause = useSignInPause();
  const alertId = useId();

  // The step replaces the password form: the field the person now types into gets the focus.
  useEffect(() => formRef.current?.querySelector<HTMLInputElement>('input[name="code"]')?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pause.active) return;
    pause.clear();
    const trimmed = code.trim();
    if (!trimmed) {
      report({ code: 'Enter the 6-digit code from your authenticator app, or a recovery code.' });
      return;
    }
    verify.mutate(
      { mfaToken: challenge.mfaToken, code: trimmed },
      {
        onSuccess,
        onError: (error) => {
          const apiError = toApiError(error);
          if (apiError.is(401, 'two_factor_code_invalid')) report({ code: 'That code is not correct. Check your app and try again.' });
          else if (apiError.is(401, 'two_factor_code_reused')) report({ code: 'That code was already used. Wait for the next code in your app.' });
          else if (apiError.is(401)) onRestart(SIGN_IN_AGAIN);
          else if (apiError.is(429)) pause.start(apiError.retryAfter);
          else reportApiError(error);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-label="Two-factor sign-in">
      {pause.message && (
        <p id={alertId} className="form__alert" role="alert">
          {pause.message}
        </p>
      )}
      <p>Your account has two-factor sign-in on. Open your authenticator app and enter the code it shows for Shelfwise.</p>
      <TextField
        label="Code"
        name="code"
        autoComplete="one-time-code"
        inputMode="text"
        autoCapitalize="off"
        spellCheck={false}
        hint="6 digits, or one of your recovery codes (xxxx-xxxx-xxxx-xxxx) if you lost your phone."
        value={code}
        onChange={(e) => {
          setCode(e.target.value);
          clear('code');
        }}
        error={errors.code}
        required
      />
      <button type="submit" className="button" disabled={verify.isPending || pause.active} aria-describedby={pause.active ? alertId : undefined}>
        {verify.isPending ? 'Checking…' : 'Verify'}
      </button>
      <button type="button" className="button button--secondary" onClick={() => onRestart()}>
        Use another account
      </button>
    </form>
  );
}
