import type { JsonSchema, ModuleApiDoc, OperationSpec } from '../../lib/openapi/index.js';
import { accountApiDoc, passwordPolicy } from './account.openapi.js';
import { changePasswordBody, loginBody, refreshBody, updateMeBody } from './auth.schemas.js';
import { mfaChallengeResponse, twoFactorApiDoc } from './two-factor.openapi.js';
import { changeRoleBody, listUsersQuery, userIdParams } from './users.schemas.js';

// What auth.routes.ts and users.routes.ts serve. Request shapes come from the Joi schemas those
// routes validate with; the policy a Joi .custom() rule enforces is spelled out in notes.

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const user: JsonSchema = {
  type: 'object',
  required: ['id', 'email', 'name', 'role', 'createdAt', 'twoFactorEnabled', 'deactivatedAt', 'emailVerified'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    email: { type: 'string', format: 'email' },
    name: { type: 'string' },
    role: { type: 'string', enum: ['USER', 'ADMIN'] },
    createdAt: { type: 'string', format: 'date-time' },
    twoFactorEnabled: { type: 'boolean', description: 'Whether sign-in asks for a TOTP code after the password.' },
    deactivatedAt: { type: ['string', 'null'], format: 'date-time', description: 'When an admin deactivated the account (it cannot sign in); null while it is active.' },
    emailVerified: { type: 'boolean', description: 'Whether the owner has followed the confirmation link sent to `email`.' },
  },
  additionalProperties: false,
};

const tokens: JsonSchema = {
  type: 'object',
  required: ['user', 'accessToken', 'refreshToken', 'expiresIn'],
  properties: {
    user: ref('User'),
    accessToken: { type: 'string', description: 'JWT for `Authorization: Bearer`.' },
    refreshToken: { type: 'string', pattern: '^[A-Za-z0-9_-]+$', description: 'Also set as the HttpOnly cookie; single use.' },
    expiresIn: { type: 'integer', minimum: 1, description: 'Seconds until the access token expires.' },
  },
  additionalProperties: false,
};

// Every /auth answer carries Cache-Control: no-store (tokens and personal data).
const authOp = (op: Omit<OperationSpec, 'tags' | 'rateLimited' | 'headers'>): OperationSpec => ({
  ...op,
  tags: ['auth'],
  rateLimited: true,
  headers: ['Cache-Control'],
});
const usersOp = (op: Omit<OperationSpec, 'tags' | 'rateLimited' | 'headers' | 'security'>): OperationSpec => ({
  ...op,
  tags: ['users'],
  rateLimited: true,
  headers: ['Cache-Control'],
  security: ['bearerAuth'],
  problems: { 403: ['forbidden'], ...op.problems },
});

const issued = (description: string) => ({ description, schema: ref('AuthTokens'), headers: ['Set-Cookie' as const] });
const cleared = { description: 'Signed out; the refresh cookie is cleared.', headers: ['Set-Cookie' as const] };

export const authApiDoc: ModuleApiDoc = {
  tags: [
    { name: 'auth', description: 'Accounts and sessions: a short-lived JWT access token and a rotating refresh token (body and HttpOnly cookie).' },
    { name: 'users', description: 'User administration (ADMIN role only).' },
    ...twoFactorApiDoc.tags,
  ],
  schemas: {
    User: user,
    AuthTokens: tokens,
    UserEnvelope: { type: 'object', required: ['user'], properties: { user: ref('User') }, additionalProperties: false },
    UserPage: {
      type: 'object',
      required: ['data', 'nextCursor'],
      properties: {
        data: { type: 'array', items: ref('User') },
        nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null on the last page.' },
      },
      additionalProperties: false,
    },
    ...twoFactorApiDoc.schemas,
    ...accountApiDoc.schemas,
  },
  operations: [
    authOp({
      operationId: 'login', method: 'post', path: '/api/v1/auth/login',
      summary: 'Sign in',
      description: 'One answer for an unknown email and a wrong password. Also sets the device cookie `shelfwise_device` (HttpOnly, SameSite=Strict, Path=/api/v1/auth, 1 year): a later sign-in sending it is limited per device, so failures elsewhere do not lock it out. Failures are limited per IP, per account and client (IP or device), and per account across clients without a device cookie, which past a threshold are also slowed down; over a limit the answer is 429 `rate_limited` with Retry-After.',
      security: [], body: loginBody,
      responses: { 200: issued('A new session.'), 202: mfaChallengeResponse },
      // 403 only after the right password: a deactivated account is not revealed to a guesser.
      problems: { 401: ['invalid_credentials'], 403: ['account_deactivated'] },
    }),
    authOp({
      operationId: 'refresh', method: 'post', path: '/api/v1/auth/refresh',
      summary: 'Rotate the refresh token',
      description: 'Takes the refresh token from the body or else the cookie, and returns a new pair. Presenting a used token again revokes the whole session. When the token is known and its session was ended on purpose, the 401 says why in `reason` (`password_changed`, `logout_all`, ...); an unknown or expired token gets no `reason`.',
      security: ['refreshCookie'], anonymous: true, body: refreshBody,
      responses: { 200: issued('A new access token and refresh token for the same session.') },
      problems: { 401: ['invalid_refresh_token'] },
    }),
    authOp({
      operationId: 'logout', method: 'post', path: '/api/v1/auth/logout',
      summary: 'Sign out of this session',
      description: 'Ends the session named by the access token, or else by the refresh token (body or cookie). Idempotent.',
      security: ['bearerAuth', 'refreshCookie'], anonymous: true, body: refreshBody,
      responses: { 204: cleared },
      problems: {},
    }),
    authOp({
      operationId: 'logoutAll', method: 'post', path: '/api/v1/auth/logout-all',
      summary: 'Sign out of every session',
      security: ['bearerAuth'],
      responses: { 204: cleared },
      problems: {},
    }),
    authOp({
      operationId: 'getMe', method: 'get', path: '/api/v1/auth/me',
      summary: 'The signed-in user',
      security: ['bearerAuth'],
      responses: { 200: { description: 'The caller.', schema: ref('UserEnvelope') } },
      problems: {},
    }),
    authOp({
      operationId: 'updateMe', method: 'patch', path: '/api/v1/auth/me',
      summary: "Change the signed-in user's profile",
      description: 'For now only the display name (trimmed, one line, 1 to 100 characters).',
      security: ['bearerAuth'], body: updateMeBody,
      responses: { 200: { description: 'The updated caller.', schema: ref('UserEnvelope') } },
      problems: {},
    }),
    authOp({
      operationId: 'changePassword', method: 'post', path: '/api/v1/auth/change-password',
      summary: 'Change the password',
      description: 'The new password must differ from the current one. Every other session is signed out.',
      security: ['bearerAuth'], body: changePasswordBody, notes: { body: { newPassword: passwordPolicy } },
      responses: { 204: { description: 'Changed.' } },
      problems: { 400: ['invalid_current_password'] },
    }),
    usersOp({
      operationId: 'listUsers', method: 'get', path: '/api/v1/users',
      summary: 'List users',
      description: [
        'Newest first unless `sort` says otherwise (`name` and `email` A to Z, `-name` and `-email` Z to A, `createdAt` oldest first; ties in id order).',
        '`q` keeps the users whose name or email contains it, ignoring case (`%` and `_` are plain characters).',
        '`ids` keeps the users it names, e.g. the owners of a page of products: an id that names no user (a deleted account) is simply absent from `data`.',
        'Keyset-paginated in every order: follow `nextCursor` with the same `sort`; a cursor from another `sort` is refused (400 `invalid_cursor`).',
      ].join(' '),
      query: listUsersQuery,
      responses: { 200: { description: 'One page of users.', schema: ref('UserPage') } },
      problems: { 400: ['invalid_cursor'] },
    }),
    usersOp({
      operationId: 'changeUserRole', method: 'patch', path: '/api/v1/users/:id',
      summary: "Change a user's role",
      description: 'Takes effect on the next request of that user. The last admin cannot be demoted.',
      params: userIdParams, body: changeRoleBody,
      responses: { 200: { description: 'The updated user.', schema: ref('UserEnvelope') } },
      problems: { 400: ['validation_failed'], 404: ['user_not_found'], 409: ['last_admin'] },
    }),
    usersOp({
      operationId: 'deactivateUser', method: 'post', path: '/api/v1/users/:id/deactivate',
      summary: 'Deactivate a user',
      description: 'The user can no longer sign in (403 `account_deactivated`, after the right password only), and every session and API key of theirs ends at once. Recorded in the audit log. Idempotent. Not yourself, and not the last active admin.',
      params: userIdParams,
      responses: { 200: { description: 'The deactivated user.', schema: ref('UserEnvelope') } },
      problems: { 400: ['validation_failed'], 404: ['user_not_found'], 409: ['cannot_deactivate_self', 'last_admin'] },
    }),
    usersOp({
      operationId: 'reactivateUser', method: 'post', path: '/api/v1/users/:id/reactivate',
      summary: 'Reactivate a user',
      description: 'The user may sign in again; sessions and API keys ended by the deactivation stay ended. Recorded in the audit log. Idempotent.',
      params: userIdParams,
      responses: { 200: { description: 'The reactivated user.', schema: ref('UserEnvelope') } },
      problems: { 400: ['validation_failed'], 404: ['user_not_found'] },
    }),
    ...accountApiDoc.operations,
    ...twoFactorApiDoc.operations,
  ],
};
