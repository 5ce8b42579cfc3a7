import type { JsonSchema, ModuleApiDoc, OperationSpec } from '../../lib/openapi/index.js';
import { changeEmailBody, passwordResetConfirmBody, passwordResetRequestBody, verifyEmailBody } from './account.schemas.js';
import { registerBody } from './auth.schemas.js';
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH } from './passwords.js';

// What account.routes.ts serves: registration and the flows behind emailed links; merged into authApiDoc.

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** What the password rule (passwords.ts, a Joi .custom()) means, for every operation that sets a password. */
export const passwordPolicy: JsonSchema = {
  minLength: PASSWORD_MIN_LENGTH,
  description: `At least ${PASSWORD_MIN_LENGTH} characters and at most ${PASSWORD_MAX_BYTES} bytes in UTF-8, no NUL, not one of the most common passwords. No composition rules.`,
};

const op = (spec: Omit<OperationSpec, 'tags' | 'rateLimited' | 'headers'>): OperationSpec => ({
  ...spec,
  tags: ['auth'],
  rateLimited: true,
  headers: ['Cache-Control'],
});

const accepted = (description: string) => ({ description, schema: ref('Message') });

export const accountApiDoc: ModuleApiDoc = {
  tags: [],
  schemas: {
    Message: {
      type: 'object',
      required: ['message'],
      properties: { message: { type: 'string', description: 'A sentence to show the person.' } },
      additionalProperties: false,
    },
    VerifiedEmail: {
      type: 'object',
      required: ['email'],
      properties: { email: { type: 'string', format: 'email', description: 'The address now confirmed (after a change: the new one).' } },
      additionalProperties: false,
    },
  },
  operations: [
    op({
      operationId: 'register', method: 'post', path: '/api/v1/auth/register',
      summary: 'Create an account',
      description:
        'The email is trimmed and lower-cased. The answer is the same whether or not the address already has an account, so it cannot be used to find out: a new address gets an account and a confirmation link by email, a taken one gets an email telling its owner. No tokens: sign in with /login (an unconfirmed account may sign in; whether it may write products is UNVERIFIED_USERS_MAY_WRITE).',
      security: [], body: registerBody, notes: { body: { password: passwordPolicy } },
      responses: { 202: accepted('Registered, or the owner of the address was told; either way an email is on its way.') },
      problems: {},
    }),
    op({
      operationId: 'requestPasswordReset', method: 'post', path: '/api/v1/auth/password-reset',
      summary: 'Ask for a password-reset link',
      description:
        'Always 202 with the same body, in the same time: the address is looked up by a background job, which mails a single-use link (30 minutes by default) if an active account has it. At most ACCOUNT_EMAILS_PER_HOUR links per account per hour; more requests are answered the same and send nothing.',
      security: [], body: passwordResetRequestBody,
      responses: { 202: accepted('Accepted; an email follows if an account has the address.') },
      problems: {},
    }),
    op({
      operationId: 'confirmPasswordReset', method: 'post', path: '/api/v1/auth/password-reset/confirm',
      summary: 'Set a new password with a reset link',
      description:
        'The token from the emailed link. Every session and API key of the user ends, and the owner is told by email. A link works once; asking for a new one stops the older ones (they answer `reset_token_expired`). A new password that breaks the policy leaves the link unused.',
      security: [], body: passwordResetConfirmBody, notes: { body: { newPassword: passwordPolicy } },
      responses: { 204: { description: 'The password is changed; sign in with it.' } },
      problems: { 400: ['reset_token_invalid', 'reset_token_expired', 'reset_token_used'] },
    }),
    op({
      operationId: 'verifyEmail', method: 'post', path: '/api/v1/auth/verify-email',
      summary: 'Confirm an email address with an emailed link',
      description:
        "Confirms the account's address, or finishes a change of address (the new address replaces the old one). Needs no sign-in: the link is the proof. 409 `email_unavailable` when another account took the new address in the meantime (the link stays unused).",
      security: [], body: verifyEmailBody,
      responses: { 200: { description: 'Confirmed.', schema: ref('VerifiedEmail') } },
      problems: { 400: ['verification_token_invalid', 'verification_token_expired', 'verification_token_used'], 409: ['email_unavailable'] },
    }),
    op({
      operationId: 'resendVerification', method: 'post', path: '/api/v1/auth/verify-email/resend',
      summary: 'Send the confirmation link again',
      description: 'A fresh link to the account\'s address; earlier ones stop working. Limited to ACCOUNT_EMAILS_PER_HOUR per hour.',
      security: ['bearerAuth'],
      responses: { 202: accepted('Sent.') },
      problems: { 409: ['email_already_verified'], 429: ['too_many_emails'] },
    }),
    op({
      operationId: 'changeEmail', method: 'post', path: '/api/v1/auth/change-email',
      summary: 'Change the email address',
      description:
        'Needs the current password. The new address gets a confirmation link and the change happens when it is followed (/verify-email); the current address gets a notice at once. Wrong passwords count towards the same per-user limit as /change-password.',
      security: ['bearerAuth'], body: changeEmailBody,
      responses: { 202: accepted('The link is on its way to the new address.') },
      problems: { 400: ['invalid_current_password'], 409: ['email_unchanged'], 429: ['too_many_emails'] },
    }),
  ],
};
