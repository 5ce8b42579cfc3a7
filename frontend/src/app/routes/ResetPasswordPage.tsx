import { useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { ResetPasswordForm } from '../../features/auth/components/ResetPasswordForm';
import { useDocumentTitle } from '../../lib/document-title';
import { PASSWORD_RESET_DONE } from '../next-path';

/** The page of the emailed link, `/reset-password?token=…`. */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const token = useSearchParams()[0].get('token');
  const navigate = useNavigate();
  return (
    <div className="narrow">
      <PageHeading>Choose a new password</PageHeading>
      <ResetPasswordForm token={token} onDone={() => void navigate(`/login?reason=${PASSWORD_RESET_DONE}`, { replace: true })} />
    </div>
  );
}
