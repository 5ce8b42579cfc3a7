import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { ForgotPasswordForm } from '../../features/auth/components/ForgotPasswordForm';
import { useDocumentTitle } from '../../lib/document-title';

export function ForgotPasswordPage() {
  useDocumentTitle('Forgot your password?');
  return (
    <div className="narrow">
      <PageHeading>Forgot your password?</PageHeading>
      <ForgotPasswordForm />
      <p>
        <Link to="/login">Back to sign in</Link>
      </p>
    </div>
  );
}
