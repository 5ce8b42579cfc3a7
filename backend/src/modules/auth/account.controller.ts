import type { Request, Response } from 'express';
import { signedIn } from '../../lib/http/authenticate.js';
import { inputOf } from '../../lib/http/validate.js';
import type { ChangeEmailBody, PasswordResetConfirmBody, PasswordResetRequestBody, VerifyEmailBody } from './account.schemas.js';
import type { RegisterBody } from './auth.schemas.js';
import type { AuthDeps } from './deps.js';
import { requestEmailChange, resendVerification, verifyEmail } from './email-verification.service.js';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.service.js';
import { register } from './registration.service.js';

// The same words whatever the outcome: they must not tell whether an account has the address.
const REGISTERED = 'Check your inbox: we sent a link to confirm your address. If you already have an account, the email says how to sign in.';
const RESET_REQUESTED = 'If an account has this address, we sent it a link to choose a new password. The link works for a limited time.';

/** Registration and the flows that go through an emailed link. */
export function accountController(deps: AuthDeps) {
  return {
    register: async (_req: Request, res: Response) => {
      await register(deps, inputOf<RegisterBody>(res, 'body'));
      res.status(202).json({ message: REGISTERED });
    },
    requestPasswordReset: async (_req: Request, res: Response) => {
      await requestPasswordReset(deps, inputOf<PasswordResetRequestBody>(res, 'body').email);
      res.status(202).json({ message: RESET_REQUESTED });
    },
    confirmPasswordReset: async (_req: Request, res: Response) => {
      await confirmPasswordReset(deps, inputOf<PasswordResetConfirmBody>(res, 'body'));
      res.status(204).end();
    },
    verifyEmail: async (_req: Request, res: Response) => {
      res.json(await verifyEmail(deps, inputOf<VerifyEmailBody>(res, 'body').token));
    },
    resendVerification: async (_req: Request, res: Response) => {
      await resendVerification(deps, signedIn(res));
      res.status(202).json({ message: 'We sent a new confirmation link to your address.' });
    },
    changeEmail: async (_req: Request, res: Response) => {
      const input = inputOf<ChangeEmailBody>(res, 'body');
      await requestEmailChange(deps, signedIn(res), input);
      res.status(202).json({ message: `We sent a link to ${input.newEmail}. Your address changes when you follow it.` });
    },
  };
}
