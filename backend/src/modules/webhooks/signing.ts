import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

// Standard Webhooks (the spec's reference implementation, the standardwebhooks package): the
// signature is HMAC-SHA256 over "<webhook-id>.<webhook-timestamp>.<body>" keyed with the secret's
// bytes, sent as "v1,<base64>".

/** A new signing secret: whsec_ and 32 random bytes in base64, the spec's format (24 to 64 bytes). */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The three headers of one attempt; `id` is the same on every attempt of a delivery. */
export function signedHeaders(secret: string, id: string, at: Date, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'Shelfwise-Webhooks/1',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, at, body),
  };
}
