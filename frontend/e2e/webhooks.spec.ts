import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWorkspaceProductThroughApi, createWorkspaceThroughApi, deskLamp, registerThroughApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { field, heading, newUser, signInThroughUi, toast, uniqueWord } from './support/ui.js';

// A receiver in the test process on 127.0.0.1 (the e2e API servers allow private targets): what
// the API POSTs to the endpoint the page registers, checked against the secret the page showed.

interface Hit {
  headers: IncomingHttpHeaders;
  body: string;
}

async function startReceiver(): Promise<{ url: string; hits: Hit[]; close: () => Promise<void> }> {
  const hits: Hit[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      hits.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/shelfwise`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Standard Webhooks: v1,base64(HMAC-SHA256(secret's bytes, "id.timestamp.body")). */
function expectedSignature(secret: string, hit: Hit): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signed = `${String(hit.headers['webhook-id'])}.${String(hit.headers['webhook-timestamp'])}.${hit.body}`;
  return `v1,${createHmac('sha256', key).update(signed).digest('base64')}`;
}

test.describe('webhooks', () => {
  test('when an owner adds an endpoint on the page, then a product change reaches it signed with the secret shown once, the log shows it, and Redeliver sends it again with the same webhook-id', async ({ page, request }) => {
    const receiver = await startReceiver();
    try {
      const owner = newUser('hooks');
      const word = uniqueWord();
      const name = `Hook shop ${word}`;
      const token = await registerThroughApi(request, owner);
      const slug = await createWorkspaceThroughApi(request, token, name, `hooks-${word}`);

      await signInThroughUi(page, owner, `/workspaces/${slug}/members`);
      await page.getByRole('link', { name: 'Webhooks', exact: true }).click();
      await expect(heading(page, `Webhooks of ${name}`)).toBeVisible();
      await expect(page.getByText("No endpoint receives this workspace's events yet.")).toBeVisible();
      const form = page.getByRole('form', { name: 'Add an endpoint' });
      await field(form, 'Endpoint URL').fill(receiver.url);
      await form.getByRole('checkbox', { name: /All product events/ }).check();
      await form.getByRole('button', { name: 'Add endpoint' }).click();
      const reveal = page.getByRole('region', { name: 'Signing secret' });
      const secret = (await reveal.locator('code.secret').textContent())!.trim();
      expect(secret).toMatch(/^whsec_/);
      const list = page.getByRole('table').filter({ hasText: receiver.url });
      await expect(list).toContainText('All product events');
      await expect(list).toContainText('None yet');

      // A change made elsewhere (the API) is delivered, signed with that secret.
      const productId = await createWorkspaceProductThroughApi(request, token, slug, deskLamp(word));
      await expect.poll(() => receiver.hits.length, { timeout: 15_000 }).toBe(1);
      const [hit] = receiver.hits;
      expect(hit!.headers['webhook-signature']).toBe(expectedSignature(secret, hit!));
      expect(JSON.parse(hit!.body)).toMatchObject({ type: 'product.created', data: { id: productId } });

      await page.getByRole('link', { name: receiver.url }).click();
      const log = page.getByRole('table', { name: 'Deliveries, newest first' });
      await expect(log.locator('tbody tr')).toHaveCount(1);
      await expect(log).toContainText('Succeeded');
      await expect(log).toContainText('HTTP 204');
      await log.getByRole('link', { name: /^Delivery of product\.created/ }).click();
      await expect(page.getByText(String(hit!.headers['webhook-id']))).toBeVisible();
      await expect(page.getByLabel('Payload sent')).toContainText(productId);
      await page.getByRole('button', { name: 'Redeliver' }).click();
      await expect(toast(page, 'Sent again, with the same webhook-id.')).toBeVisible();
      await expect.poll(() => receiver.hits.length, { timeout: 15_000 }).toBe(2);
      expect(receiver.hits[1]!.headers['webhook-id']).toBe(hit!.headers['webhook-id']);
      await expect(page.getByRole('heading', { name: 'Attempts (2)' })).toBeVisible({ timeout: 10_000 });
    } finally {
      await receiver.close();
    }
  });
});
