import { lookup, Resolver } from 'node:dns/promises';
import { isIPv4 } from 'node:net';
import { isBlockedAddress } from './addresses.js';
import type { OutboundPolicy, Refusal } from './types.js';

const MAX_URL_LENGTH = 2048;

/** Where a request may go: the parsed URL and the one address it is pinned to. */
export interface Target {
  url: URL;
  /** The name or IP literal (without brackets), for Host and TLS SNI. */
  hostname: string;
  port: number;
  /** The vetted address the connection must use; for an IP literal, the literal itself. */
  address: string;
  family: 4 | 6;
  /** True when the host is a name (SNI is only ever sent for names). */
  isName: boolean;
}

const refuse = (code: Refusal['code'], message: string): { refusal: Refusal } => ({ refusal: { code, message } });

function parse(raw: string): URL | { refusal: Refusal } {
  if (raw.length > MAX_URL_LENGTH) return refuse('invalid_url', `The URL is longer than ${MAX_URL_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('invalid_url', 'The URL is not valid.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse('invalid_url', 'Only http and https URLs are allowed.');
  // Credentials in a URL end up in logs and Authorization headers nobody meant to send.
  if (url.username !== '' || url.password !== '') return refuse('invalid_url', 'The URL must not contain a user name or password.');
  return url;
}

/** Every address a name has now: A and AAAA from the configured servers, or the system's lookup. */
async function resolveAll(hostname: string, policy: OutboundPolicy, signal: AbortSignal): Promise<Array<{ address: string; family: 4 | 6 }>> {
  if (policy.dnsServers.length === 0) {
    const answers = await abortable(lookup(hostname, { all: true, verbatim: true }), signal);
    return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
  }
  const resolver = new Resolver({ timeout: Math.max(1, Math.min(policy.timeoutMs, 5000)), tries: 2 });
  resolver.setServers([...policy.dnsServers]);
  const cancel = () => resolver.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    const [v4, v6] = await Promise.allSettled([resolver.resolve4(hostname), resolver.resolve6(hostname)]);
    // A cancelled query looks like a failed one: the deadline, not the name, is the reason.
    if (signal.aborted) throw signal.reason as Error;
    return [
      ...(v4.status === 'fulfilled' ? v4.value.map((address) => ({ address, family: 4 as const })) : []),
      ...(v6.status === 'fulfilled' ? v6.value.map((address) => ({ address, family: 6 as const })) : []),
    ];
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Checks a URL and, for a name, resolves it once: refused when any of its addresses is not public
 * (a name with one private address among public ones is a rebinding attempt), otherwise pinned to
 * the first address so that the connection cannot be resolved a second time to somewhere else.
 */
export async function vetTarget(raw: string, policy: OutboundPolicy, signal: AbortSignal): Promise<Target | { refusal: Refusal }> {
  const url = parse(raw);
  if (!(url instanceof URL)) return url;
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  // The WHATWG parser has already turned 2130706433, 0x7f.1 and 127.1 into 127.0.0.1; IPv6 keeps its brackets.
  const allowed = policy.allowPrivate || policy.allowedTargets.some((entry) => entry.trim().toLowerCase() === `${url.hostname}:${port}`);
  const literal = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : isIPv4(url.hostname) ? url.hostname : null;
  if (literal !== null) {
    if (!allowed && isBlockedAddress(literal)) return refuse('target_forbidden', `${url.hostname} is not a public address.`);
    return { url, hostname: literal, port, address: literal, family: literal.includes(':') ? 6 : 4, isName: false };
  }
  let addresses: Array<{ address: string; family: 4 | 6 }>;
  try {
    addresses = await resolveAll(url.hostname, policy, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    addresses = [];
  }
  const [first] = addresses;
  if (!first) return refuse('target_unresolvable', `${url.hostname} does not resolve to any address.`);
  const forbidden = allowed ? undefined : addresses.find(({ address }) => isBlockedAddress(address));
  if (forbidden) return refuse('target_forbidden', `${url.hostname} resolves to ${forbidden.address}, which is not a public address.`);
  return { url, hostname: url.hostname, port, address: first.address, family: first.family, isName: true };
}
