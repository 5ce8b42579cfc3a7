import { useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from '../next-path';

/**
 * Sign-in and registration: where the user goes once signed in, the page that sent them here
 * (?next=, if it is one of ours) or else their products.
 */
export function useNextPath() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const requested = searchParams.get('next');
  const next = safeNextPath(requested, '/my/products');
  return { next, requested, goNext: () => void navigate(next, { replace: true }) };
}
