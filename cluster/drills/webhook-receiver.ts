import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One delivery as the receiver took it, in arrival order. */
export interface Delivery {
  webhookId: string;
  type: string;
  /** The product's id and version, from the body's data (the event's payload). */
  subjectId: string;
  version: number | null;
}

export interface WebhookReceiver {
  url: string;
  deliveries: Delivery[];
  /** Requests whose signature did not verify (or that were no Standard Webhooks request at all). */
  rejected: string[];
  /** The endpoint's secret, known once it is registered (which needs this URL first). */
  setSecret(secret: string): void;
  close(): Promise<void>;
}

/**
 * A webhook receiver on 127.0.0.1 (a free port): each POST is verified with the Standard Webhooks
 * reference implementation (the `standardwebhooks` package: signature over id, timestamp and body,
 * timestamp within its tolerance) before it counts, and answered 204; a bad one is answered 400.
 */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  let verifier: Webhook | null = null;
  const deliveries: Delivery[] = [];
  const rejected: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = {
        'webhook-id': String(req.headers['webhook-id'] ?? ''),
        'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
        'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
      };
      try {
        if (!verifier) throw new Error('a delivery before the endpoint was registered');
        const parsed = verifier.verify(body, headers) as { type?: string; data?: { id?: string; version?: number } };
        if (parsed.type?.startsWith('product.')) {
          deliveries.push({ webhookId: headers['webhook-id'], type: parsed.type, subjectId: String(parsed.data?.id), version: parsed.data?.version ?? null });
        }
        res.writeHead(204).end();
      } catch (err) {
        rejected.push(`${headers['webhook-id'] || '(no webhook-id)'}: ${(err as Error).message}`);
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/shelfwise`,
    deliveries,
    rejected,
    setSecret(secret) {
      verifier = new Webhook(secret);
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
