import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { LoginForm } from '../../features/auth/components/LoginForm';
import { useSession } from '../../lib/auth';
import { safeNextPath } from '../next-path';

export function LoginPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'), '/my/products');

  if (session.status === 'authenticated') return <Navigate to={next} replace />;

  return (
    <div className="narrow">
      <PageHeading>Sign in</PageHeading>
      {session.status === 'anonymous' && session.notice && (
        <p className="notice notice--info" role="status">
          {session.notice}
        </p>
      )}
      <LoginForm onSuccess={() => void navigate(next, { replace: true })} />
      <p>
        New here? <Link to={`/register${searchParams.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`}>Create an account</Link>
      </p>
    </div>
  );
}
