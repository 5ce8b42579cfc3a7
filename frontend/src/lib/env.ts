/**
 * The only reader of import.meta.env: validated once at import, so a bad build setting fails loudly
 * at start rather than as a confusing network error later.
 */
interface Env {
  /** Where the REST API lives; same origin by default so the SameSite=Strict refresh cookie is sent. */
  apiBaseUrl: string;
}

function parseEnv(raw: Record<string, unknown>): Env {
  const apiBaseUrl = raw.VITE_API_BASE_URL ?? '/api/v1';
  if (typeof apiBaseUrl !== 'string' || !/^(\/|https?:\/\/)/.test(apiBaseUrl)) {
    throw new Error(`VITE_API_BASE_URL must be a path or an http(s) URL, got ${JSON.stringify(apiBaseUrl)}`);
  }
  return Object.freeze({ apiBaseUrl: apiBaseUrl.replace(/\/+$/, '') });
}

export const env = parseEnv(import.meta.env);
