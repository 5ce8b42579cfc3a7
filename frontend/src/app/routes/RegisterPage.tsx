import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { RegisterForm } from '../../features/auth/components/RegisterForm';
import { useSession } from '../../lib/auth';
import { safeNextPath } from '../next-path';

export function RegisterPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'), '/my/products');

  if (session.status === 'authenticated') return <Navigate to={next} replace />;

  return (
    <div className="narrow">
      <PageHeading>Create an account</PageHeading>
      <RegisterForm onSuccess={() => void navigate(next, { replace: true })} />
      <p>
        Already registered? <Link to="/login">Sign in</Link>
      </p>
    </div>
  );
}
