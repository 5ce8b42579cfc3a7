import { Link, Navigate } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { RegisterForm } from '../../features/auth/components/RegisterForm';
import { useSession } from '../../lib/auth';
import { useNextPath } from './use-next-path';

export function RegisterPage() {
  const session = useSession();
  const { next, goNext } = useNextPath();

  if (session.status === 'authenticated') return <Navigate to={next} replace />;

  return (
    <div className="narrow">
      <PageHeading>Create an account</PageHeading>
      <RegisterForm onSuccess={goNext} />
      <p>
        Already registered? <Link to="/login">Sign in</Link>
      </p>
    </div>
  );
}
