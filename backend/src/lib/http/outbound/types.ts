export interface OutboundPolicy {
  /** true: loopback/private/link-local targets are allowed (tests, development). */
  allowPrivate: boolean;
  /** Exact "host:port" targets always allowed (e.g. an internal receiver), compared lowercase; port defaulted from the scheme (80/443). */
  allowedTargets: readonly string[];
  /** DNS servers ("127.0.0.1:5353" or "10.0.0.2") to resolve with instead of the system resolver (dns.lookup); empty: system. */
  dnsServers: readonly string[];
  timeoutMs: number;
}

export type Refusal = { code: 'invalid_url' | 'target_forbidden' | 'target_unresolvable'; message: string };

export interface OutboundResponse {
  status: number;
  latencyMs: number;
  /** first 1024 chars of the body as UTF-8 text */
  excerpt: string;
  /** the URL that answered (after redirects) */
  url: string;
}

export interface OutboundFailure {
  error: string;
  /** e.g. 'target_forbidden', 'timeout', 'connection_failed', 'too_many_redirects', 'unresolvable' */
  code: string;
  latencyMs: number;
}
