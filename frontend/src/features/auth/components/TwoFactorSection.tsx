import { type FormEvent, useRef, useState } from 'react';
import { PasswordField, TextField } from '../../../components/fields';
import { toast } from '../../../components/toast';
import { hasErrors, useFormErrors } from '../../../components/use-form-errors';
import { toApiError } from '../../../lib/api-error';
import { useCurrentUser } from '../../../lib/auth';
import { type TwoFactorSetup, useDisableTwoFactor, useEnableTwoFactor, useSetUpTwoFactor } from '../api/two-factor';

const CODE_HINT = 'The 6-digit code your authenticator app shows for Shelfwise.';
const NO_CODE = 'Enter the 6-digit code from your authenticator app.';

// The API's codes for a code it refused, in the words of this page (the field says which).
function codeMessage(error: unknown): string | null {
  const apiError = toApiError(error);
  if (apiError.is(400, 'two_factor_code_invalid')) return 'That code is not correct. Check your app and try again.';
  if (apiError.is(400, 'two_factor_code_reused')) return 'That code was already used. Wait for the next code in your app.';
  return null;
}

/** Groups of four, as apps show keys; the app ignores the spaces. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/** Account page: turn two-factor sign-in on (QR code, first code, recovery codes) or off. */
export function TwoFactorSection() {
  const user = useCurrentUser();
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const start = useSetUpTwoFactor();

  // The set-up form stays until its own success handler ran: the session's flag turns true first.
  let body;
  if (recoveryCodes) body = <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />;
  else if (setup)
    body = (
      <EnableForm
        setup={setup}
        onEnabled={(codes) => {
          setSetup(null);
          setRecoveryCodes(codes);
        }}
        onCancel={() => setSetup(null)}
      />
    );
  else if (user?.twoFactorEnabled) body = <DisableForm />;
  else
    body = (
      <>
        <p>Two-factor sign-in is off. When it is on, signing in also asks for a code from an authenticator app on your phone.</p>
        <button
          type="button"
          className="button"
          disabled={start.isPending}
          onClick={() => start.mutate(undefined, { onSuccess: setSetup, onError: (error) => toast.error(toApiError(error).message) })}
        >
          {start.isPending ? 'Starting…' : 'Set up two-factor sign-in'}
        </button>
      </>
    );

  return (
    <section className="panel" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">Two-factor sign-in</h2>
      {body}
    </section>
  );
}

function EnableForm({ setup, onEnabled, onCancel }: { setup: TwoFactorSetup; onEnabled: (codes: string[]) => void; onCancel: () => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [code, setCode] = useState('');
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, ['code'] as const);
  const enable = useEnableTwoFactor();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!code.trim()) {
      report({ code: NO_CODE });
      return;
    }
    enable.mutate(
      { code: code.trim() },
      {
        onSuccess: onEnabled,
        onError: (error) => {
          const message = codeMessage(error);
          if (message) report({ code: message });
          else reportApiError(error);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-label="Turn on two-factor sign-in">
      <p>1. Scan this QR code with your authenticator app (for example Google Authenticator, Authy or 1Password).</p>
      <img src={setup.qrCode} alt="QR code to add Shelfwise to your authenticator app" width={240} height={240} />
      <p>
        Cannot scan it? Enter this key in the app instead: <code aria-label="Secret key">{grouped(setup.secret)}</code>
      </p>
      <p>2. Enter the code the app now shows, to confirm it works.</p>
      <TextField
        label="Code from your app"
        name="code"
        autoComplete="one-time-code"
        inputMode="numeric"
        hint={CODE_HINT}
        value={code}
        onChange={(e) => {
          setCode(e.target.value);
          clear('code');
        }}
        error={errors.code}
        required
      />
      <button type="submit" className="button" disabled={enable.isPending}>
        {enable.isPending ? 'Turning on…' : 'Turn on'}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const text = `Shelfwise recovery codes (each works once)\n\n${codes.join('\n')}\n`;
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      toast.success('The recovery codes were copied.');
    } catch {
      toast.error('Could not copy; select the codes and copy them yourself.');
    }
  }

  return (
    <div>
      <p role="status">Two-factor sign-in is on.</p>
      <p>
        Save these recovery codes somewhere safe. Each one signs you in once if you lose your phone. <strong>They are shown only now.</strong>
      </p>
      <ol aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        Copy codes
      </button>{' '}
      <a className="button button--secondary" href={download} download="shelfwise-recovery-codes.txt">
        Download codes
      </a>{' '}
      <button type="button" className="button" onClick={onDone}>
        I have saved them
      </button>
    </div>
  );
}

const DISABLE_FIELDS = ['currentPassword', 'code'] as const;

function DisableForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ currentPassword: '', code: '' });
  const { errors, report, clear, reportApiError } = useFormErrors(formRef, DISABLE_FIELDS);
  const disable = useDisableTwoFactor();

  function update(field: (typeof DISABLE_FIELDS)[number], value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    clear(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const clientErrors = {
      ...(values.currentPassword ? {} : { currentPassword: 'Enter your current password.' }),
      ...(values.code.trim() ? {} : { code: 'Enter a code from your app, or a recovery code.' }),
    };
    report(clientErrors);
    if (hasErrors(clientErrors)) return;
    disable.mutate(
      { currentPassword: values.currentPassword, code: values.code.trim() },
      {
        onSuccess: () => toast.success('Two-factor sign-in is off.'),
        onError: (error) => {
          const message = codeMessage(error);
          if (message) report({ code: message });
          else if (toApiError(error).is(400, 'invalid_current_password')) report({ currentPassword: 'The password is not correct.' });
          else reportApiError(error);
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-label="Turn off two-factor sign-in">
      <p role="status">Two-factor sign-in is on: signing in asks for a code from your authenticator app.</p>
      <p>To turn it off, confirm with your password and a current code (or a recovery code).</p>
      <PasswordField
        label="Current password"
        name="currentPassword"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={(e) => update('currentPassword', e.target.value)}
        error={errors.currentPassword}
        required
      />
      <TextField
        label="Code"
        name="code"
        autoComplete="one-time-code"
        hint="6 digits from your app, or a recovery code."
        value={values.code}
        onChange={(e) => update('code', e.target.value)}
        error={errors.code}
        required
      />
      <button type="submit" className="button button--danger" disabled={disable.isPending}>
        {disable.isPending ? 'Turning off…' : 'Turn off two-factor sign-in'}
      </button>
    </form>
  );
}
