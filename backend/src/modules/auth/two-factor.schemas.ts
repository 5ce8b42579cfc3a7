import Joi from 'joi';
import { presentedPassword } from './auth.schemas.js';

// A 6-digit TOTP code ("123 456" as apps show it is fine) or a recovery code (xxxx-xxxx-xxxx-xxxx,
// any case); which one is decided by its shape (totp.ts totpCodeOf). Anything else is refused here.
const code = Joi.string()
  .trim()
  .min(6)
  .max(64)
  .pattern(/^[0-9A-Za-z -]+$/)
  .messages({ 'string.pattern.base': 'Code must be the 6 digits from your app or a recovery code' })
  .required();

// Only the code that confirms the pending secret: a recovery code does not exist yet.
export const enableTwoFactorBody = Joi.object({ code });

export const disableTwoFactorBody = Joi.object({ currentPassword: presentedPassword, code });

// A JWT (three base64url parts); its checks are in mfa-token.ts.
const mfaToken = Joi.string()
  .max(2048)
  .pattern(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
  .required();

export const loginTwoFactorBody = Joi.object({ mfaToken, code });

export interface EnableTwoFactorBody {
  code: string;
}
export interface DisableTwoFactorBody {
  currentPassword: string;
  code: string;
}
export interface LoginTwoFactorBody {
  mfaToken: string;
  code: string;
}
