import { performance } from 'node:perf_hooks';
import { isRedirect, sendOnce } from './outbound/send.js';
import { vetTarget } from './outbound/targets.js';
import type { OutboundFailure, OutboundPolicy, OutboundResponse, Refusal } from './outbound/types.js';

export type { OutboundFailure, OutboundPolicy, OutboundResponse, Refusal } from './outbound/types.js';

export interface OutboundClient {
  /** Static + DNS check of a URL (for validating it when it is registered): null when sendable. http/https only, no userinfo, max 2048 chars. */
  vet(url: string): Promise<Refusal | null>;
  /** POSTs body with headers; follows up to 3 redirects (301/302/303/307/308, re-POSTing the same body and headers), each hop vetted again. Never throws for network/target problems: resolves to a failure. */
  post(
    url: string,
    init: { headers: Record<string, string>; body: string },
  ): Promise<{ ok: true; response: OutboundResponse } | { ok: false; failure: OutboundFailure }>;
}

const MAX_REDIRECTS = 3;

const FAILURE_CODES: Record<Refusal['code'], string> = {
  invalid_url: 'invalid_url',
  target_forbidden: 'target_forbidden',
  target_unresolvable: 'unresolvable',
};

/**
 * HTTP requests to URLs that someone else chose, guarded against server-side request forgery:
 * only public addresses (unless the policy allows private ones or names the exact target), each
 * name resolved once and the connection pinned to the address that was checked (no DNS
 * rebinding), every redirect checked again, and one deadline over the whole exchange.
 */
export function createOutboundClient(policy: OutboundPolicy): OutboundClient {
  function deadline(): { signal: AbortSignal; done: () => void } {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`no answer within ${policy.timeoutMs} ms`)), policy.timeoutMs);
    timer.unref();
    return { signal: controller.signal, done: () => clearTimeout(timer) };
  }

  return {
    async vet(url) {
      const { signal, done } = deadline();
      try {
        const target = await vetTarget(url, policy, signal);
        return 'refusal' in target ? target.refusal : null;
      } catch {
        return { code: 'target_unresolvable', message: `The host did not resolve within ${policy.timeoutMs} ms.` };
      } finally {
        done();
      }
    },

    async post(url, init) {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      const fail = (code: string, error: string) => ({ ok: false as const, failure: { code, error, latencyMs: elapsed() } });
      const { signal, done } = deadline();
      let current = url;
      try {
        for (let redirects = 0; ; redirects += 1) {
          const target = await vetTarget(current, policy, signal);
          if ('refusal' in target) return fail(FAILURE_CODES[target.refusal.code], target.refusal.message);
          const exchange = await sendOnce(target, init, signal);
          if (isRedirect(exchange.status) && exchange.location !== undefined) {
            if (redirects === MAX_REDIRECTS) return fail('too_many_redirects', `More than ${MAX_REDIRECTS} redirects.`);
            try {
              current = new URL(exchange.location, target.url).href;
            } catch {
              return fail('invalid_url', 'A redirect pointed to an invalid URL.');
            }
            continue;
          }
          const response = { status: exchange.status, excerpt: exchange.excerpt, url: target.url.href, latencyMs: elapsed() };
          return { ok: true, response };
        }
      } catch (error) {
        if (signal.aborted) return fail('timeout', `No answer within ${policy.timeoutMs} ms.`);
        return fail('connection_failed', error instanceof Error ? error.message : String(error));
      } finally {
        done();
      }
    },
  };
}
