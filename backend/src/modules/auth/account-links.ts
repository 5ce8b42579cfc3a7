import type { AuthDeps } from './deps.js';

/** The SPA pages emails link to (frontend/src/app/routes.tsx); the token rides in the query. */
export const accountLinks = (deps: Pick<AuthDeps, 'accounts'>) => {
  const base = deps.accounts.publicUrl;
  return {
    resetPassword: (token: string) => `${base}/reset-password?token=${encodeURIComponent(token)}`,
    verifyEmail: (token: string) => `${base}/verify-email?token=${encodeURIComponent(token)}`,
    forgotPassword: () => `${base}/forgot-password`,
    signIn: () => `${base}/login`,
  };
};
