import { useSearchParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { EmailVerification } from '../../features/auth/components/EmailVerification';
import { useDocumentTitle } from '../../lib/document-title';

/** The page of the emailed link, `/verify-email?token=…`: for a new account and for a change of address. */
export function VerifyEmailPage() {
  useDocumentTitle('Confirm your email address');
  const token = useSearchParams()[0].get('token');
  return (
    <div className="narrow">
      <PageHeading>Confirm your email address</PageHeading>
      <EmailVerification token={token} />
    </div>
  );
}
