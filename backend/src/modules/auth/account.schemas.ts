import Joi from 'joi';
import { email, newPassword, presentedPassword } from './auth.schemas.js';

// Any string is looked up (and refused with the link's own code if unknown), so a mangled link
// gets "this link is not valid" rather than a validation error about a field the person never saw.
const linkToken = Joi.string().min(1).max(256).required();

export const passwordResetRequestBody = Joi.object({ email });
export const passwordResetConfirmBody = Joi.object({ token: linkToken, newPassword });
export const verifyEmailBody = Joi.object({ token: linkToken });
export const changeEmailBody = Joi.object({ newEmail: email, currentPassword: presentedPassword });

export interface PasswordResetRequestBody {
  email: string;
}
export interface PasswordResetConfirmBody {
  token: string;
  newPassword: string;
}
export interface VerifyEmailBody {
  token: string;
}
export interface ChangeEmailBody {
  newEmail: string;
  currentPassword: string;
}
