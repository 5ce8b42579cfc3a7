import type { PostmanFolder } from './postman-collection.js';
import { linkSaved, problem, save, status, tokensSaved } from './postman-steps.js';
import { categoryFolder, categoryVariables } from './postman-categories.js';
import { workspaceFolder, workspaceVariables } from './postman-workspaces.js';
import { auditFolder, auditVariables } from './postman-audit.js';
import { bulkFolder, bulkVariables } from './postman-bulk.js';
import { exportFolder } from './postman-export.js';
import { importFolder, importVariables } from './postman-import.js';
import { webhooksFolder, webhooksVariables } from './postman-webhooks.js';

// A realistic session, step by step: what a developer does with the API from Postman. Each step's
// tests run in Postman's sandbox (pm.*).

export const sessionFolders: PostmanFolder[] = [
  {
    name: '1. Start',
    description: 'Probe the server, create an account (a fresh email per run) and confirm its address with the emailed link, read in the mail catcher `npm start` runs (mailUrl).',
    steps: [
      { name: 'Liveness', operationId: 'getLiveness', anonymous: true, tests: [status(200), "pm.test('is ok', () => pm.expect(pm.response.json().status).to.eql('ok'));"] },
      {
        name: 'Register',
        operationId: 'register',
        anonymous: true,
        prerequest: [save('email', "`postman-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`")],
        body: { email: '{{email}}', password: '{{password}}', name: 'Postman User' },
        tests: [status(202), "pm.test('no tokens, a message', () => { const b = pm.response.json(); pm.expect(b.message).to.be.a('string'); pm.expect(b.accessToken).to.be.undefined; });", save('registered', 'pm.response.text()')],
      },
      {
        name: 'Register again with the same email (the same answer)',
        operationId: 'register',
        anonymous: true,
        body: { email: '{{email}}', password: '{{password}}', name: 'Postman User' },
        tests: [status(202), "pm.test('cannot be told from a new sign-up', () => pm.expect(pm.response.text()).to.eql(pm.collectionVariables.get('registered')));"],
      },
      {
        name: 'Register with invalid fields (400)',
        operationId: 'register',
        anonymous: true,
        body: { email: 'not-an-email', password: 'short', name: 'Postman User', role: 'ADMIN' },
        tests: [
          ...problem(400, 'validation_failed'),
          "pm.test('names each field', () => pm.expect(pm.response.json().errors.map((e) => e.field)).to.include.members(['email', 'password', 'role']));",
        ],
      },
      {
        name: 'Read the confirmation email (mail catcher)',
        outside: { url: '{{mailUrl}}/api/messages?to={{email}}&subject=confirm&wait=10', description: 'The development stack\'s mail catcher, not the API: waits up to 10 s for the email.' },
        tests: [
          status(200),
          ...linkSaved('verifyToken', 'verify-email', 'Confirm your email address'),
        ],
      },
      {
        name: 'Confirm the address',
        operationId: 'verifyEmail',
        anonymous: true,
        body: { token: '{{verifyToken}}' },
        tests: [status(200), "pm.test('is this address', () => pm.expect(pm.response.json().email).to.eql(pm.collectionVariables.get('email')));"],
      },
      {
        name: 'Confirm with the same link again (400)',
        operationId: 'verifyEmail',
        anonymous: true,
        body: { token: '{{verifyToken}}' },
        tests: problem(400, 'verification_token_used'),
      },
    ],
  },
  {
    name: '2. Sign in',
    description: 'Log in, read the profile, rotate the refresh token with the cookie jar.',
    steps: [
      {
        name: 'Log in with a wrong password (401)',
        operationId: 'login',
        anonymous: true,
        body: { email: '{{email}}', password: 'not-the-password' },
        tests: problem(401, 'invalid_credentials'),
      },
      { name: 'Log in', operationId: 'login', anonymous: true, body: { email: '{{email}}', password: '{{password}}' }, tests: [status(200), ...tokensSaved] },
      { name: 'Who am I', operationId: 'getMe', tests: [status(200), "pm.test('is me', () => pm.expect(pm.response.json().user.email).to.eql(pm.collectionVariables.get('email')));"] },
      { name: 'Who am I, without a token (401)', operationId: 'getMe', anonymous: true, tests: problem(401, 'unauthorized') },
      {
        name: 'Refresh with the cookie',
        operationId: 'refresh',
        anonymous: true,
        body: {},
        tests: [status(200), ...tokensSaved],
      },
    ],
  },
  {
    name: '3. Products',
    description: 'Create (idempotently), page through, read with an ETag, change with If-Match, delete.',
    steps: [
      {
        name: 'Create a product',
        operationId: 'createProduct',
        prerequest: [save('idempotencyKey', "pm.variables.replaceIn('{{$guid}}')")],
        headers: { 'Idempotency-Key': '{{idempotencyKey}}' },
        body: { name: 'Desk lamp', sku: 'LAMP-001', price: '39.90', stock: 12, status: 'active' },
        tests: [
          status(201),
          "pm.test('has an ETag and a Location', () => { pm.response.to.have.header('ETag'); pm.response.to.have.header('Location'); });",
          "pm.test('price is exact decimal text', () => pm.expect(pm.response.json().price).to.eql('39.90'));",
          save('productId', 'pm.response.json().id'),
        ],
      },
      {
        name: 'Retry the same create (same Idempotency-Key)',
        operationId: 'createProduct',
        headers: { 'Idempotency-Key': '{{idempotencyKey}}' },
        body: { name: 'Desk lamp', sku: 'LAMP-001', price: '39.90', stock: 12, status: 'active' },
        tests: [
          status(201),
          "pm.test('is the first answer, replayed', () => { pm.expect(pm.response.headers.get('Idempotent-Replayed')).to.eql('true'); pm.expect(pm.response.json().id).to.eql(pm.collectionVariables.get('productId')); });",
        ],
      },
      {
        name: 'Create another product',
        operationId: 'createProduct',
        body: { name: 'Floor lamp', sku: 'LAMP-002', price: 89, stock: 3, status: 'draft' },
        tests: [status(201), "pm.test('a number price comes back as text', () => pm.expect(pm.response.json().price).to.eql('89.00'));"],
      },
      {
        name: 'Create with a duplicate sku (409)',
        operationId: 'createProduct',
        body: { name: 'Desk lamp copy', sku: 'LAMP-001', price: '1.00' },
        tests: problem(409, 'duplicate_sku'),
      },
      {
        name: 'List my products, page 1',
        operationId: 'listProducts',
        query: { owner: 'me', limit: '1', sort: 'price' },
        tests: [
          status(200),
          "pm.test('one product and a cursor', () => { const b = pm.response.json(); pm.expect(b.data).to.have.length(1); pm.expect(b.nextCursor).to.be.a('string'); });",
          save('cursor', 'encodeURIComponent(pm.response.json().nextCursor)'),
        ],
      },
      {
        name: 'List my products, page 2',
        operationId: 'listProducts',
        query: { owner: 'me', limit: '1', sort: 'price', cursor: '{{cursor}}' },
        tests: [
          status(200),
          "pm.test('the next product, and the last page', () => { const b = pm.response.json(); pm.expect(b.data[0].sku).to.eql('LAMP-002'); pm.expect(b.nextCursor).to.eql(null); });",
        ],
      },
      {
        name: 'Get the product',
        operationId: 'getProduct',
        pathVars: { id: '{{productId}}' },
        tests: [status(200), save('etag', "pm.response.headers.get('ETag')")],
      },
      {
        name: 'Change the price (If-Match)',
        operationId: 'updateProduct',
        pathVars: { id: '{{productId}}' },
        headers: { 'If-Match': '{{etag}}' },
        body: { price: '34.90' },
        tests: [
          status(200),
          "pm.test('a new version', () => pm.expect(pm.response.json().version).to.eql(2));",
          save('staleEtag', "pm.collectionVariables.get('etag')"),
          save('etag', "pm.response.headers.get('ETag')"),
        ],
      },
      {
        name: 'Change with a stale ETag (412)',
        operationId: 'updateProduct',
        pathVars: { id: '{{productId}}' },
        headers: { 'If-Match': '{{staleEtag}}' },
        body: { price: '29.90' },
        tests: problem(412, 'precondition_failed'),
      },
      {
        name: 'Search, forgiving a plural and a typo',
        operationId: 'listProducts',
        query: { owner: 'me', q: 'dessk lamps' },
        tests: [
          status(200),
          "pm.test('the lamps, and how many', () => { const b = pm.response.json(); pm.expect(b.data.map((p) => p.name)).to.include('Desk lamp'); pm.expect(b.total.exact).to.eql(true); });",
        ],
      },
      {
        name: 'Filter by stock state within a currency',
        operationId: 'listProducts',
        query: { owner: 'me', stock: 'in', currency: 'USD', minPrice: '30' },
        tests: [
          status(200),
          "pm.test('only USD prices of 30 or more', () => pm.response.json().data.forEach((p) => { pm.expect(p.currency).to.eql('USD'); pm.expect(Number(p.price)).to.be.at.least(30); }));",
        ],
      },
      {
        name: 'A price bound without a currency (400)',
        operationId: 'listProducts',
        query: { minPrice: '30' },
        tests: problem(400, 'validation_failed'),
      },
      {
        name: 'Move the product to the trash (If-Match)',
        operationId: 'deleteProduct',
        pathVars: { id: '{{productId}}' },
        headers: { 'If-Match': '{{etag}}' },
        tests: [status(204)],
      },
      {
        name: 'The trashed product, for its owner: when it will be purged',
        operationId: 'getProduct',
        pathVars: { id: '{{productId}}' },
        tests: [status(200), "pm.test('in the trash', () => pm.expect(pm.response.json().purgeAt).to.be.a('string'));"],
      },
      {
        name: 'Restore it from the trash',
        operationId: 'restoreProduct',
        pathVars: { id: '{{productId}}' },
        tests: [status(200), "pm.test('out of the trash', () => pm.expect(pm.response.json().trashedAt).to.eql(null));"],
      },
      // The product's history: every change above, then a revert to the first version.
      {
        name: 'Its history, newest first',
        operationId: 'listProductHistory',
        pathVars: { id: '{{productId}}' },
        query: { limit: '10' },
        tests: [
          status(200),
          "pm.test('each change, newest first', () => pm.expect(pm.response.json().data.map((e) => e.change)).to.eql(['restore', 'trash', 'update', 'create']));",
          "pm.test('the price change, old and new', () => pm.expect(pm.response.json().data[2].changes).to.eql([{ field: 'price', old: '39.90', new: '34.90' }]));",
        ],
      },
      {
        name: 'The product as it was at version 1',
        operationId: 'getProductVersion',
        pathVars: { id: '{{productId}}', version: '1' },
        tests: [status(200), "pm.test('the first price', () => pm.expect(pm.response.json().product.price).to.eql('39.90'));"],
      },
      {
        name: 'Revert without If-Match (428)',
        operationId: 'revertProduct',
        pathVars: { id: '{{productId}}' },
        body: { version: 1 },
        tests: problem(428, 'precondition_required'),
      },
      {
        name: 'Get the product, for its ETag',
        operationId: 'getProduct',
        pathVars: { id: '{{productId}}' },
        tests: [status(200), save('etag', "pm.response.headers.get('ETag')")],
      },
      {
        name: 'Revert to version 1 (If-Match)',
        operationId: 'revertProduct',
        pathVars: { id: '{{productId}}' },
        headers: { 'If-Match': '{{etag}}' },
        body: { version: 1 },
        tests: [
          status(200),
          "pm.test('the first price again, as a new version', () => { const b = pm.response.json(); pm.expect(b.price).to.eql('39.90'); pm.expect(b.version).to.eql(5); });",
        ],
      },
      {
        name: 'Revert with a stale ETag (412)',
        operationId: 'revertProduct',
        pathVars: { id: '{{productId}}' },
        headers: { 'If-Match': '{{etag}}' },
        body: { version: 2 },
        tests: problem(412, 'precondition_failed'),
      },
    ],
  },
  {
    name: '4. API keys',
    description: 'A personal API key for scripts: shown once, used as the bearer token, limited to its scopes, revocable.',
    steps: [
      {
        name: 'Create an API key',
        operationId: 'createApiKey',
        body: { name: 'Postman', scopes: ['products:read', 'products:write'], expiresInDays: 30 },
        tests: [
          status(201),
          "pm.test('the key, once', () => pm.expect(pm.response.json().key).to.match(/^sw_/));",
          save('apiKey', 'pm.response.json().key'),
          save('apiKeyId', 'pm.response.json().id'),
        ],
      },
      {
        name: 'List my products with the key',
        operationId: 'listProducts',
        anonymous: true,
        headers: { Authorization: 'Bearer {{apiKey}}' },
        query: { owner: 'me' },
        tests: [status(200)],
      },
      {
        name: 'Manage keys with a key (403)',
        operationId: 'listApiKeys',
        anonymous: true,
        headers: { Authorization: 'Bearer {{apiKey}}' },
        tests: problem(403, 'session_required'),
      },
      { name: 'List my API keys', operationId: 'listApiKeys', tests: [status(200), "pm.test('never shows a secret', () => pm.expect(pm.response.text()).not.to.include(pm.collectionVariables.get('apiKey')));"] },
      { name: 'Revoke the key', operationId: 'revokeApiKey', pathVars: { id: '{{apiKeyId}}' }, tests: [status(204)] },
      {
        name: 'Use the revoked key (401)',
        operationId: 'listProducts',
        anonymous: true,
        headers: { Authorization: 'Bearer {{apiKey}}' },
        query: { owner: 'me' },
        tests: problem(401, 'api_key_revoked'),
      },
    ],
  },
  {
    name: '5. Sign out',
    description: 'Log out: the access token and the refresh cookie stop working.',
    steps: [
      { name: 'Log out', operationId: 'logout', body: {}, tests: [status(204)] },
      { name: 'Who am I, after logout (401)', operationId: 'getMe', tests: problem(401, 'session_revoked') },
      { name: 'Refresh after logout (401)', operationId: 'refresh', anonymous: true, body: {}, tests: problem(401, 'invalid_refresh_token') },
    ],
  },
  {
    name: '6. Forgotten password',
    description: 'Ask for a reset link, read it in the mail catcher, choose a new password, sign in with it.',
    steps: [
      {
        name: 'Ask for a reset link',
        operationId: 'requestPasswordReset',
        anonymous: true,
        body: { email: '{{email}}' },
        tests: [status(202)],
      },
      {
        name: 'Read the reset email (mail catcher)',
        outside: { url: '{{mailUrl}}/api/messages?to={{email}}&subject=reset&wait=10', description: 'The development stack\'s mail catcher, not the API.' },
        tests: [status(200), ...linkSaved('resetToken', 'reset-password', 'Reset your')],
      },
      {
        name: 'Choose a new password',
        operationId: 'confirmPasswordReset',
        anonymous: true,
        body: { token: '{{resetToken}}', newPassword: 'renewed-{{password}}' },
        tests: [status(204)],
      },
      {
        name: 'Use the reset link again (400)',
        operationId: 'confirmPasswordReset',
        anonymous: true,
        body: { token: '{{resetToken}}', newPassword: 'another-{{password}}' },
        tests: problem(400, 'reset_token_used'),
      },
      { name: 'Log in with the new password', operationId: 'login', anonymous: true, body: { email: '{{email}}', password: 'renewed-{{password}}' }, tests: [status(200), ...tokensSaved] },
    ],
  },
  workspaceFolder,
  categoryFolder,
  auditFolder,
  exportFolder,
  bulkFolder,
  importFolder,
  webhooksFolder,
];

export const sessionVariables: Record<string, string> = {
  baseUrl: 'http://localhost:5000',
  password: 'tidy-otter-quartz-91',
  mailUrl: 'http://127.0.0.1:1080',
  email: '',
  registered: '',
  verifyToken: '',
  resetToken: '',
  apiKey: '',
  apiKeyId: '',
  accessToken: '',
  idempotencyKey: '',
  productId: '',
  cursor: '',
  etag: '',
  staleEtag: '',
  ...workspaceVariables,
  ...categoryVariables,
  ...auditVariables,
  ...bulkVariables,
  ...importVariables,
  ...webhooksVariables,
};
