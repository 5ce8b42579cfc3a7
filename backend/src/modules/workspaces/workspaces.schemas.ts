import Joi from 'joi';
import { singleLineText } from '../../lib/http/text.js';
import { email } from '../auth/index.js';
import { WORKSPACE_ROLES } from './policy.js';
import { SLUG_PATTERN } from './slug.js';

const slug = Joi.string().trim().lowercase().max(48).pattern(SLUG_PATTERN).messages({
  'string.pattern.base': '"slug" may hold lower-case letters, digits and hyphens (not first or last), up to 48 characters',
});
const name = singleLineText().trim().min(1).max(100);

export const createWorkspaceBody = Joi.object({ name: name.required(), slug });
export const updateWorkspaceBody = Joi.object({ name, slug }).min(1);
export const workspaceParams = Joi.object({ slug: Joi.string().max(64).required() });
export const deleteWorkspaceQuery = Joi.object({ confirm: Joi.string().max(64) });
export const memberParams = Joi.object({ slug: Joi.string().max(64).required(), userId: Joi.string().guid().required() });
export const invitationParams = Joi.object({ slug: Joi.string().max(64).required(), id: Joi.string().guid().required() });
export const changeRoleBody = Joi.object({ role: Joi.string().valid(...WORKSPACE_ROLES).required() });
export const transferBody = Joi.object({ userId: Joi.string().guid().required() });
// An owner is made by an owner from among the members, never by an invitation.
export const createInvitationBody = Joi.object({ email: email.optional(), role: Joi.string().valid('admin', 'editor', 'viewer').required() });
export const invitationTokenBody = Joi.object({ token: Joi.string().pattern(/^[A-Za-z0-9_-]{43}$/).required().messages({ 'string.pattern.base': '"token" is not an invitation token' }) });
