import type { PostmanFolder } from './postman-collection.js';
import { problem, save, status } from './postman-steps.js';

// The session's webhooks scenario: the signed-in user owns a new workspace, registers an endpoint
// (its secret shown once), pings it and reads the delivery log, rotates the secret, disables it
// (a redelivery is then refused), and deletes it. The endpoint is the API's own address (private
// targets are allowed under npm start and in the tests; a real one would be public): nothing
// there takes webhooks, so the ping is logged with the 404 it got, as a receiver's error would be.

const WORKSPACE = { slug: '{{hookSlug}}' };
const WEBHOOK = { ...WORKSPACE, id: '{{hookId}}' };
const DELIVERY = { ...WEBHOOK, deliveryId: '{{hookDeliveryId}}' };
// The dispatcher sends a ping at once; the step waits a moment before it reads the log.
const aMoment = ['setTimeout(() => {}, 1500);'];

export const webhooksFolder: PostmanFolder = {
  name: '13. Webhooks',
  description: 'A workspace\'s webhook endpoints (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature), a test ping, the delivery log with each attempt, redelivery, secret rotation, disabling.',
  steps: [
    {
      name: 'Create a workspace for webhooks',
      operationId: 'createWorkspace',
      prerequest: [save('hookSlug', '`postman-hooks-${Date.now()}`')],
      body: { name: 'Postman Webhooks', slug: '{{hookSlug}}' },
      tests: [status(201)],
    },
    {
      name: 'Refuse a target that is not http(s) (400)',
      operationId: 'createWebhook',
      pathVars: WORKSPACE,
      body: { url: 'ftp://files.example/hook', events: ['product.*'] },
      tests: problem(400, 'validation_failed'),
    },
    {
      name: 'Register an endpoint for product events (its secret, shown once)',
      operationId: 'createWebhook',
      pathVars: WORKSPACE,
      body: { url: '{{baseUrl}}/postman-webhook-receiver', events: ['product.*'], description: 'Postman example' },
      tests: [
        status(201),
        save('hookId', 'pm.response.json().id'),
        "pm.test('a Standard Webhooks secret, enabled', () => { const hook = pm.response.json(); pm.expect(hook.secret).to.match(/^whsec_/); pm.expect(hook.enabled).to.eql(true); pm.expect(hook.lastDelivery).to.eql(null); });",
      ],
    },
    {
      name: 'List the workspace\'s endpoints (never their secrets)',
      operationId: 'listWebhooks',
      pathVars: WORKSPACE,
      tests: [status(200), "pm.test('one, without its secret', () => { const list = pm.response.json().data; pm.expect(list).to.have.length(1); pm.expect(list[0]).to.not.have.property('secret'); });"],
    },
    {
      name: 'Send a test ping (202)',
      operationId: 'pingWebhook',
      pathVars: WEBHOOK,
      tests: [status(202), save('hookDeliveryId', 'pm.response.json().id'), "pm.test('a webhook.ping', () => pm.expect(pm.response.json().eventType).to.eql('webhook.ping'));"],
    },
    {
      name: 'Read the delivery log',
      operationId: 'listWebhookDeliveries',
      pathVars: WEBHOOK,
      prerequest: aMoment,
      tests: [status(200), "pm.test('the ping, tried once', () => { const [ping] = pm.response.json().data; pm.expect(ping.id).to.eql(pm.collectionVariables.get('hookDeliveryId')); pm.expect(ping.attemptCount).to.eql(1); });"],
    },
    {
      name: 'Read the ping\'s attempts and body',
      operationId: 'getWebhookDelivery',
      pathVars: DELIVERY,
      tests: [status(200), "pm.test('what was sent and what came back', () => { const d = pm.response.json(); pm.expect(d.payload.type).to.eql('webhook.ping'); pm.expect(d.attempts).to.have.length(1); pm.expect(d.attempts[0].responseStatus).to.eql(404); });"],
    },
    {
      name: 'Redeliver it (same webhook-id)',
      operationId: 'redeliverWebhookDelivery',
      pathVars: DELIVERY,
      tests: [status(202), "pm.test('the same event', () => pm.expect(pm.response.json().id).to.eql(pm.collectionVariables.get('hookDeliveryId')));"],
    },
    {
      name: 'Rotate the signing secret',
      operationId: 'rotateWebhookSecret',
      pathVars: WEBHOOK,
      tests: [status(200), "pm.test('a new secret', () => pm.expect(pm.response.json().secret).to.match(/^whsec_/));"],
    },
    {
      name: 'Disable it',
      operationId: 'updateWebhook',
      pathVars: WEBHOOK,
      body: { enabled: false },
      tests: [status(200), "pm.test('disabled, by an admin', () => { const hook = pm.response.json(); pm.expect(hook.enabled).to.eql(false); pm.expect(hook.disabledReason).to.eql('Disabled by an admin'); });"],
    },
    { name: 'Redeliver while disabled (409)', operationId: 'redeliverWebhookDelivery', pathVars: DELIVERY, tests: problem(409, 'webhook_disabled') },
    { name: 'Delete it', operationId: 'deleteWebhook', pathVars: WEBHOOK, tests: [status(204)] },
    { name: 'Read it again (404)', operationId: 'getWebhook', pathVars: WEBHOOK, tests: problem(404, 'webhook_not_found') },
    { name: 'Delete the workspace', operationId: 'deleteWorkspace', pathVars: WORKSPACE, query: { confirm: '{{hookSlug}}' }, tests: [status(204)] },
  ],
};

export const webhooksVariables: Record<string, string> = {
  hookSlug: '',
  hookId: '',
  hookDeliveryId: '',
};
