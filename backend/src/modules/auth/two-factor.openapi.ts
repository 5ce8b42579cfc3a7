import type { JsonSchema, ModuleApiDoc, OperationSpec } from '../../lib/openapi/index.js';
import { MFA_TOKEN_TTL_SECONDS } from './mfa-token.js';
import { RECOVERY_CODE_COUNT } from './totp.js';
import { disableTwoFactorBody, enableTwoFactorBody, loginTwoFactorBody } from './two-factor.schemas.js';
import { userIdParams } from './users.schemas.js';

// What two-factor.routes.ts (and the reset route in users.routes.ts) serve; merged into authApiDoc.

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const op = (spec: Omit<OperationSpec, 'tags' | 'rateLimited' | 'headers'>): OperationSpec => ({
  ...spec,
  tags: ['two-factor'],
  rateLimited: true,
  headers: ['Cache-Control'],
});

const codeNote: JsonSchema = {
  description: 'The 6-digit code from the authenticator app (spaces allowed), or one unused recovery code (`xxxx-xxxx-xxxx-xxxx`, any case).',
};

/** The 202 answer of /login when the account has two-factor on (auth.openapi.ts). */
export const mfaChallengeResponse = {
  description: 'The password is right and the account has two-factor sign-in on: no session yet. Send the `mfaToken` and a code to /login/two-factor.',
  schema: ref('MfaChallenge'),
};

export const twoFactorApiDoc: ModuleApiDoc = {
  tags: [
    {
      name: 'two-factor',
      description: `TOTP two-factor sign-in (RFC 6238: SHA-1, 6 digits, 30 s). Each code works once; ${RECOVERY_CODE_COUNT} single-use recovery codes stand in for a lost phone. Code checks are limited per IP and, on failures, per user.`,
    },
  ],
  schemas: {
    MfaChallenge: {
      type: 'object',
      required: ['mfaRequired', 'mfaToken', 'expiresIn'],
      properties: {
        mfaRequired: { const: true },
        mfaToken: { type: 'string', description: 'Single use; good only for /login/two-factor, never as an access token.' },
        expiresIn: { type: 'integer', const: MFA_TOKEN_TTL_SECONDS, description: 'Seconds the mfaToken stays valid.' },
      },
      additionalProperties: false,
    },
    TwoFactorSetup: {
      type: 'object',
      required: ['secret', 'otpauthUrl', 'qrCode'],
      properties: {
        secret: { type: 'string', pattern: '^[A-Z2-7]+=*$', description: 'Base32, for typing into the app by hand.' },
        otpauthUrl: { type: 'string', pattern: '^otpauth://totp/', description: 'The Key URI the QR code holds.' },
        qrCode: { type: 'string', pattern: '^data:image/png;base64,', description: 'The QR code as a PNG data: URL, for an <img src>.' },
      },
      additionalProperties: false,
    },
    RecoveryCodes: {
      type: 'object',
      required: ['recoveryCodes'],
      properties: {
        recoveryCodes: {
          type: 'array',
          minItems: RECOVERY_CODE_COUNT,
          maxItems: RECOVERY_CODE_COUNT,
          items: { type: 'string', pattern: '^[0-9a-z]{4}(-[0-9a-z]{4}){3}$' },
          description: 'Shown this once; only their hashes are kept. Each signs in once in place of a code.',
        },
      },
      additionalProperties: false,
    },
  },
  operations: [
    op({
      operationId: 'loginTwoFactor', method: 'post', path: '/api/v1/auth/login/two-factor',
      summary: 'Finish a sign-in with the second factor',
      description: `Takes the mfaToken /login answered (valid ${MFA_TOKEN_TTL_SECONDS / 60} minutes, once) and a TOTP or recovery code; answers like /login, cookies included. A wrong code leaves the mfaToken usable; failures are limited per user and per IP (429 \`rate_limited\`).`,
      security: [], body: loginTwoFactorBody, notes: { body: { code: codeNote } },
      responses: { 200: { description: 'A new session.', schema: ref('AuthTokens'), headers: ['Set-Cookie'] } },
      problems: { 401: ['mfa_token_invalid', 'mfa_token_expired', 'two_factor_code_invalid', 'two_factor_code_reused'] },
    }),
    op({
      operationId: 'setUpTwoFactor', method: 'post', path: '/api/v1/auth/two-factor/setup',
      summary: 'Start setting up two-factor sign-in',
      description: 'A new secret, pending until confirmed with /two-factor/enable (another set-up replaces it). Stored encrypted.',
      security: ['bearerAuth'],
      responses: { 200: { description: 'The secret, as text, Key URI and QR code.', schema: ref('TwoFactorSetup') } },
      problems: { 409: ['two_factor_already_enabled'] },
    }),
    op({
      operationId: 'enableTwoFactor', method: 'post', path: '/api/v1/auth/two-factor/enable',
      summary: 'Turn two-factor sign-in on',
      description: 'Confirms the pending secret with a first code from the app, and answers the recovery codes.',
      security: ['bearerAuth'], body: enableTwoFactorBody,
      responses: { 200: { description: 'On; the recovery codes, shown once.', schema: ref('RecoveryCodes') } },
      problems: { 400: ['two_factor_code_invalid'], 409: ['two_factor_already_enabled', 'two_factor_not_set_up'] },
    }),
    op({
      operationId: 'disableTwoFactor', method: 'post', path: '/api/v1/auth/two-factor/disable',
      summary: 'Turn two-factor sign-in off',
      description: 'Needs the password and a current code or a recovery code. The secret and the recovery codes are deleted.',
      security: ['bearerAuth'], body: disableTwoFactorBody, notes: { body: { code: codeNote } },
      responses: { 204: { description: 'Off.' } },
      problems: { 400: ['invalid_current_password', 'two_factor_code_invalid', 'two_factor_code_reused'], 409: ['two_factor_not_enabled'] },
    }),
    op({
      operationId: 'resetUserTwoFactor', method: 'post', path: '/api/v1/users/:id/two-factor/reset',
      summary: "Reset a user's second factor (admins)",
      description: 'Turns two-factor sign-in off for a user who lost both the app and the recovery codes; recorded in the audit log with the admin as actor. Answers 204 whether or not it was on.',
      security: ['bearerAuth'], params: userIdParams,
      responses: { 204: { description: 'Off for that user.' } },
      problems: { 400: ['validation_failed'], 403: ['forbidden'], 404: ['user_not_found'] },
    }),
  ],
};
