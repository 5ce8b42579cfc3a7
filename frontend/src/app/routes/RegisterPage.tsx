import { Link, Navigate } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { RegisterForm } from '../../features/auth/components/RegisterForm';
import { useSession } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/document-title';
import { useNextPath } from './use-next-path';

export function RegisterPage() {
  useDocumentTitle('Create an account');
  const session = useSession();
  const { next, requested } = useNextPath();
  const signInPath = `/login${requested ? `?next=${encodeURIComponent(next)}` : ''}`;

  if (session.status === 'authenticated') return <Navigate to={next} replace />;

  return (
    <div className="narrow">
      <PageHeading>Create an account</PageHeading>
      <RegisterForm signInPath={signInPath} />
      <p>
        Already registered? <Link to={signInPath}>Sign in</Link>
      </p>
    </div>
  );
}
