import { startMailCatcher, type MailCatcher } from '@shelfwise/devstack';
import request from 'supertest';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { webhookConsumer } from '../src/modules/webhooks/consumer.js';
import { pruneDeliveries } from '../src/modules/webhooks/retention.js';
import { signedHeaders } from '../src/modules/webhooks/signing.js';
import type { DomainEvent } from '../src/modules/events/index.js';
import { bearer, type Session } from './products-support.js';
import { createTestApp, type TestApp } from './support/app.js';
import { startReceiver, webhooksPath, type Receiver } from './webhooks-support.js';
import { createWorkspace, memberWithRole, registerUser } from './workspaces-support.js';

// Deliveries end to end: a real app (relay, consumer, dispatcher), a real receiver on 127.0.0.1,
// a real mail catcher. Retries wait 0 s here (WEBHOOK_RETRY_SCHEDULE_SECONDS=0,0: three attempts),
// so a failing endpoint runs out of them in about two dispatcher polls.

let t: TestApp;
let mail: MailCatcher;
const receivers: Receiver[] = [];

beforeAll(async () => {
  mail = await startMailCatcher();
  t = await createTestApp({ smtpUrl: mail.smtpUrl, env: { OUTBOX_POLL_MS: '10', WEBHOOK_RETRY_SCHEDULE_SECONDS: '0,0' } });
});
afterEach(async () => {
  for (const receiver of receivers.splice(0)) await receiver.close();
});
afterAll(async () => {
  await t.close();
  await mail.close();
});

async function receiver(): Promise<Receiver> {
  const started = await startReceiver();
  receivers.push(started);
  return started;
}

async function workspaceWithWebhook(events: string[] = ['product.*']) {
  const owner = await registerUser(t.app, { name: 'Hook Owner' });
  const { slug } = await createWorkspace(t.app, owner);
  const target = await receiver();
  const res = await request(t.app).post(webhooksPath(slug)).set(bearer(owner.accessToken)).send({ url: target.url, events });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { owner, slug, target, webhook: res.body as { id: string; secret: string } };
}

const createIn = (who: Session, slug: string, name = 'Hooked kettle') =>
  request(t.app).post(`/api/v1/workspaces/${slug}/products`).set(bearer(who.accessToken)).send({ name, sku: `WH-${Math.random().toString(36).slice(2, 10)}`, price: '9.50' });

const deliveriesOf = async (who: Session, slug: string, id: string, query = '') =>
  (await request(t.app).get(webhooksPath(slug, `/${id}/deliveries${query}`)).set(bearer(who.accessToken))).body as { data: Array<{ id: string; status: string; attemptCount: number; eventId: string; eventType: string }> };

describe('signatures', () => {
  it('when the Standard Webhooks test vector is signed, then the signature is the one the specification gives', () => {
    const headers = signedHeaders('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', new Date(1614265330 * 1000), '{"test": 2432232314}');
    expect(headers['webhook-signature']).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    expect(headers['webhook-timestamp']).toBe('1614265330');
    expect(headers['webhook-id']).toBe('msg_p5jXN8AQM9LWM0D4loKWxJek');
  });
});

describe('a delivery', () => {
  it('when a product is created, then the receiver gets it once, signed with the secret, its webhook-id the event\'s id and its body the product as GET shows it', async () => {
    const { owner, slug, target, webhook } = await workspaceWithWebhook();
    const created = await createIn(owner, slug);
    expect(created.status).toBe(201);
    const [hit] = await target.waitFor(1);
    const event = await t.owner.prisma.outboxEvent.findFirstOrThrow({ where: { subjectId: created.body.id, type: 'product.created' } });
    expect(hit!.headers['webhook-id']).toBe(event.id);
    expect(hit!.headers['content-type']).toBe('application/json');
    const verified = new Webhook(webhook.secret).verify(hit!.body, hit!.headers as Record<string, string>) as { type: string; timestamp: string; data: Record<string, unknown> };
    expect(verified.type).toBe('product.created');
    expect(verified.timestamp).toBe(event.occurredAt.toISOString());
    const shown = await request(t.app).get(`/api/v1/products/${created.body.id}`).set(bearer(owner.accessToken));
    expect(verified.data).toEqual(shown.body);
    await expect.poll(async () => (await deliveriesOf(owner, slug, webhook.id)).data.map((d) => [d.status, d.attemptCount])).toEqual([['succeeded', 1]]);
    // Someone else's secret does not verify it.
    expect(() => new Webhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw').verify(hit!.body, hit!.headers as Record<string, string>)).toThrow();
    expect(target.received).toHaveLength(1);
  });

  it('when an endpoint asks for workspace events only, then a product change sends it nothing and a rename does', async () => {
    const { owner, slug, target } = await workspaceWithWebhook(['workspace.updated']);
    expect((await createIn(owner, slug)).status).toBe(201);
    expect((await request(t.app).patch(`/api/v1/workspaces/${slug}`).set(bearer(owner.accessToken)).send({ name: 'Renamed Tea' })).status).toBe(200);
    const [hit] = await target.waitFor(1);
    expect(JSON.parse(hit!.body)).toMatchObject({ type: 'workspace.updated', data: { name: 'Renamed Tea' } });
    expect(target.received).toHaveLength(1);
  });

  it('when the relay hands the consumer the same events twice, then each event is delivered once', async () => {
    const { owner, slug, target, webhook } = await workspaceWithWebhook();
    const created = await createIn(owner, slug);
    await target.waitFor(1);
    const row = await t.owner.prisma.outboxEvent.findFirstOrThrow({ where: { subjectId: created.body.id } });
    const event: DomainEvent = {
      id: row.id, seq: Number(row.seq), type: 'product.created', workspaceId: row.workspaceId, subjectId: row.subjectId, version: row.version,
      occurredAt: row.occurredAt.toISOString(), payload: row.payload as Record<string, unknown>,
    };
    const consume = webhookConsumer({ prisma: t.db.prisma, wake: () => {} }, () => {});
    await consume([event]);
    await consume([event, event]);
    expect(await t.owner.prisma.webhookDelivery.count({ where: { endpointId: webhook.id } })).toBe(1);
    expect((await deliveriesOf(owner, slug, webhook.id)).data).toHaveLength(1);
  });

  it('when a product changes twice, then both versions arrive, each under its own webhook-id', async () => {
    const { owner, slug, target } = await workspaceWithWebhook(['product.updated']);
    const made = await createIn(owner, slug);
    const first = await request(t.app).patch(`/api/v1/workspaces/${slug}/products/${made.body.id}`).set(bearer(owner.accessToken)).set('If-Match', made.headers.etag as string).send({ price: '10.00' });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const second = await request(t.app).patch(`/api/v1/workspaces/${slug}/products/${made.body.id}`).set(bearer(owner.accessToken)).set('If-Match', first.headers.etag as string).send({ price: '11.00' });
    expect(second.status).toBe(200);
    const hits = await target.waitFor(2);
    expect(new Set(hits.map((h) => h.headers['webhook-id'])).size).toBe(2);
    expect(hits.map((h) => (JSON.parse(h.body) as { data: { version: number } }).data.version).sort()).toEqual([2, 3]);
  });
});

describe('retries', () => {
  it('when the receiver fails and then answers 2xx, then the same webhook-id comes again, signed afresh, and the log holds both attempts', async () => {
    const { owner, slug, target, webhook } = await workspaceWithWebhook();
    target.answer(503, 'busy, try later');
    expect((await createIn(owner, slug)).status).toBe(201);
    await target.waitFor(1);
    target.answer(200, 'ok');
    const [first, second] = await target.waitFor(2);
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(second!.body).toBe(first!.body);
    expect(() => new Webhook(webhook.secret).verify(second!.body, second!.headers as Record<string, string>)).not.toThrow();
    await expect.poll(async () => (await deliveriesOf(owner, slug, webhook.id)).data[0]?.status).toBe('succeeded');
    const [delivery] = (await deliveriesOf(owner, slug, webhook.id)).data;
    const detail = await request(t.app).get(webhooksPath(slug, `/${webhook.id}/deliveries/${delivery!.id}`)).set(bearer(owner.accessToken));
    expect(detail.body.attempts.map((a: { responseStatus: number; responseExcerpt: string }) => [a.responseStatus, a.responseExcerpt])).toEqual([[503, 'busy, try later'], [200, 'ok']]);
    expect(detail.body.attemptCount).toBe(2);
    const endpoint = await request(t.app).get(webhooksPath(slug, `/${webhook.id}`)).set(bearer(owner.accessToken));
    expect(endpoint.body).toMatchObject({ enabled: true, failingSince: null, lastDelivery: { status: 'succeeded', responseStatus: 200 } });
  });

  it('when every attempt fails, then the delivery fails, the endpoint is disabled, its owners and admins are emailed and the audit log says so; nothing more is queued for it', async () => {
    const { owner, slug, target, webhook } = await workspaceWithWebhook();
    const admin = await memberWithRole(t.app, owner, slug, 'admin');
    const editor = await memberWithRole(t.app, owner, slug, 'editor');
    target.answer(500, 'broken');
    expect((await createIn(owner, slug)).status).toBe(201);
    await target.waitFor(3);
    await expect.poll(async () => (await request(t.app).get(webhooksPath(slug, `/${webhook.id}`)).set(bearer(owner.accessToken))).body.enabled, { timeout: 10_000 }).toBe(false);
    const endpoint = (await request(t.app).get(webhooksPath(slug, `/${webhook.id}`)).set(bearer(owner.accessToken))).body;
    expect(endpoint.disabledReason).toMatch(/^Disabled automatically: every delivery failed since /);
    expect(endpoint.failingSince).toEqual(expect.any(String));
    const [delivery] = (await deliveriesOf(owner, slug, webhook.id)).data;
    expect(delivery).toMatchObject({ status: 'failed', attemptCount: 3 });

    for (const who of [owner, admin]) {
      const message = await mail.waitFor((m) => m.to.includes(who.email) && /webhook .* was disabled/.test(m.subject));
      expect(message.text).toContain(target.url);
      expect(message.text).toContain(`/workspaces/${slug}/webhooks/${webhook.id}`);
    }
    expect(mail.messages().some((m) => m.to.includes(editor.email) && /was disabled/.test(m.subject))).toBe(false);
    const audit = await request(t.app).get(`/api/v1/workspaces/${slug}/audit?action=webhook_disabled`).set(bearer(owner.accessToken));
    expect(audit.body.data).toEqual([expect.objectContaining({ action: 'webhook_disabled', actor: expect.objectContaining({ type: 'system' }), target: { type: 'webhook', id: webhook.id } })]);

    // Disabled: a new change is not queued, and a redelivery is refused until it is enabled.
    expect((await createIn(owner, slug, 'Unsent kettle')).status).toBe(201);
    const redeliver = () => request(t.app).post(webhooksPath(slug, `/${webhook.id}/deliveries/${delivery!.id}/redeliver`)).set(bearer(owner.accessToken));
    const refused = await redeliver();
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('webhook_disabled');
    expect((await request(t.app).patch(webhooksPath(slug, `/${webhook.id}`)).set(bearer(owner.accessToken)).send({ enabled: true })).body).toMatchObject({ enabled: true, disabledAt: null, disabledReason: null, failingSince: null });
    target.answer(204);
    expect((await redeliver()).status).toBe(202);
    const hits = await target.waitFor(4);
    expect(hits[3]!.headers['webhook-id']).toBe(hits[0]!.headers['webhook-id']);
    await expect.poll(async () => (await deliveriesOf(owner, slug, webhook.id)).data.map((d) => [d.status, d.attemptCount])).toEqual([['succeeded', 4]]);
    // The change made while it was disabled was never queued.
    expect(target.received).toHaveLength(4);
  });
});

describe('a test ping', () => {
  it('when an endpoint is pinged, then a signed webhook.ping arrives, and a failed ping is not retried', async () => {
    const { owner, slug, target, webhook } = await workspaceWithWebhook();
    const ping = await request(t.app).post(webhooksPath(slug, `/${webhook.id}/ping`)).set(bearer(owner.accessToken));
    expect(ping.status).toBe(202);
    expect(ping.body).toMatchObject({ eventType: 'webhook.ping', status: 'pending' });
    const [hit] = await target.waitFor(1);
    expect(hit!.headers['webhook-id']).toBe(ping.body.eventId);
    expect(new Webhook(webhook.secret).verify(hit!.body, hit!.headers as Record<string, string>)).toMatchObject({ type: 'webhook.ping', data: { webhookId: webhook.id } });

    target.answer(500);
    const failing = await request(t.app).post(webhooksPath(slug, `/${webhook.id}/ping`)).set(bearer(owner.accessToken));
    await target.waitFor(2);
    await expect.poll(async () => (await deliveriesOf(owner, slug, webhook.id, '?status=failed')).data.map((d) => d.id)).toEqual([failing.body.id]);
    const endpoint = (await request(t.app).get(webhooksPath(slug, `/${webhook.id}`)).set(bearer(owner.accessToken))).body;
    expect(endpoint).toMatchObject({ enabled: true, failingSince: null, lastDelivery: { status: 'failed', responseStatus: 500 } });
    expect(target.received).toHaveLength(2);
  });

});

describe('the log\'s retention', () => {
  it('when finished deliveries are older than the retention, then they go with their attempts, and younger or still due ones stay', async () => {
    const { owner, slug, target, webhook } = await workspaceWithWebhook();
    for (const name of ['Old kettle', 'Young kettle', 'Due kettle']) expect((await createIn(owner, slug, name)).status).toBe(201);
    await target.waitFor(3);
    await expect.poll(async () => (await deliveriesOf(owner, slug, webhook.id, '?status=succeeded')).data.length).toBe(3);
    const [due, young, old] = (await deliveriesOf(owner, slug, webhook.id)).data;
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    await t.owner.prisma.webhookDelivery.update({ where: { id: old!.id }, data: { createdAt: daysAgo(31) } });
    await t.owner.prisma.webhookDelivery.update({ where: { id: young!.id }, data: { createdAt: daysAgo(29) } });
    await t.owner.prisma.webhookDelivery.update({ where: { id: due!.id }, data: { createdAt: daysAgo(40), status: 'retrying', nextAttemptAt: daysAgo(-1) } });
    expect(await pruneDeliveries({ prisma: t.db.prisma }, 30)).toBe(1);
    const left = await t.owner.prisma.webhookDelivery.findMany({ where: { endpointId: webhook.id }, select: { id: true } });
    expect(left.map((d) => d.id).sort()).toEqual([due!.id, young!.id].sort());
    expect(await t.owner.prisma.webhookAttempt.count({ where: { deliveryId: old!.id } })).toBe(0);
  });
});
