import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { LoadingState } from '../../../components/states';
import { toApiError } from '../../../lib/api-error';
import { useCurrentUser } from '../../../lib/auth';
import { useVerifyEmail } from '../api/verify-email';

const LINK_REFUSED: Record<string, string> = {
  verification_token_invalid: 'This confirmation link is not valid. It may have been cut short when it was copied.',
  verification_token_expired: 'This confirmation link has expired.',
  verification_token_used: 'This confirmation link was already used. If it was you, the address is confirmed already.',
};

/** Confirms the address of the emailed link (?token=) as soon as the page opens, once. */
export function EmailVerification({ token }: { token: string | null }) {
  const verify = useVerifyEmail();
  const signedIn = useCurrentUser() !== null;
  // A token is single use: StrictMode's second effect run (and any re-render) must not send it again.
  const sent = useRef(false);
  const { mutate } = verify;

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    mutate({ token });
  }, [token, mutate]);

  if (!token) return <Refused sentence="This link is incomplete: the part that identifies it is missing." signedIn={signedIn} />;
  if (verify.isSuccess) {
    return (
      <div className="notice notice--info" role="status">
        <p>
          Your email address <strong>{verify.data.email}</strong> is confirmed.
        </p>
        <p>{signedIn ? <Link to="/account">Go to your account</Link> : <Link to="/login">Sign in</Link>}</p>
      </div>
    );
  }
  if (verify.isError) {
    const error = toApiError(verify.error);
    return <Refused sentence={LINK_REFUSED[error.code] ?? error.message} signedIn={signedIn} />;
  }
  return <LoadingState label="Confirming your email address…" />;
}

function Refused({ sentence, signedIn }: { sentence: string; signedIn: boolean }) {
  return (
    <div className="notice notice--warning" role="alert">
      <p>{sentence}</p>
      <p>
        {signedIn ? (
          <>
            You can send a new link from <Link to="/account">your account</Link>.
          </>
        ) : (
          <>
            <Link to="/login">Sign in</Link> to send a new link from your account page.
          </>
        )}
      </p>
    </div>
  );
}
