import { Link, Navigate } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { LoginForm } from '../../features/auth/components/LoginForm';
import { useSession } from '../../lib/auth';
import { useNextPath } from './use-next-path';

export function LoginPage() {
  const session = useSession();
  const { next, requested, goNext } = useNextPath();

  if (session.status === 'authenticated') return <Navigate to={next} replace />;

  return (
    <div className="narrow">
      <PageHeading>Sign in</PageHeading>
      {session.status === 'anonymous' && session.notice && (
        <p className="notice notice--info" role="status">
          {session.notice}
        </p>
      )}
      <LoginForm onSuccess={goNext} />
      <p>
        New here? <Link to={`/register${requested ? `?next=${encodeURIComponent(next)}` : ''}`}>Create an account</Link>
      </p>
    </div>
  );
}
