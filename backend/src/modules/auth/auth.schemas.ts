import Joi from 'joi';
import { singleLineText, wellFormedText } from '../../lib/http/text.js';
import { PASSWORD_MESSAGES, passwordProblem } from './passwords.js';

/** Trimmed and lower-cased before anything else sees it, so one person has one account. */
export const email = Joi.string().trim().lowercase().max(254).email({ tlds: false }).required();

/** A new password, checked against the policy; a failure says which rule in a plain sentence. */
export const newPassword = wellFormedText()
  .custom((value: string, helpers) => {
    const problem = passwordProblem(value);
    return problem ? helpers.error(problem) : value;
  })
  .messages(PASSWORD_MESSAGES)
  .required();

// A presented password is never judged by the policy (that would tell which rules an old one
// breaks); the cap only bounds the work. Over 72 bytes it simply cannot match.
export const presentedPassword = wellFormedText().min(1).max(1024).required();

// Opaque base64url refresh tokens; anything else is refused before it reaches the database.
const refreshToken = Joi.string().max(128).pattern(/^[A-Za-z0-9_-]+$/);

export const userName = singleLineText().trim().min(1).max(100).required();

// Joi objects refuse unknown keys by default: `role` in a sign-up is a 400 naming the field.
export const registerBody = Joi.object({ email, password: newPassword, name: userName });

export const loginBody = Joi.object({ email, password: presentedPassword });

export const refreshBody = Joi.object({ refreshToken: refreshToken.optional() });

export const updateMeBody = Joi.object({ name: userName });

export const changePasswordBody = Joi.object({
  currentPassword: presentedPassword,
  newPassword: newPassword.invalid(Joi.ref('currentPassword')).messages({
    'any.invalid': 'New password must be different from the current password',
  }),
});

export interface RegisterBody {
  email: string;
  password: string;
  name: string;
}
export type LoginBody = Omit<RegisterBody, 'name'>;
export interface RefreshBody {
  refreshToken?: string;
}
export interface UpdateMeBody {
  name: string;
}
export interface ChangePasswordBody {
  currentPassword: string;
  newPassword: string;
}
