/** Debian's package (apt-get install -y chromium); `npx playwright install` is not used. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Access-token lifetime of the second API server (the expiry test waits this long). */
export const SHORT_TOKEN_TTL_SECONDS = 5;

/**
 * The servers' addresses, set by global-setup.ts in the runner's environment, which the test
 * workers (started after it) inherit; fixtures.ts reads them.
 */
export const SERVER_URL_VARIABLES = {
  /** The API (serving the SPA at `/`) with the default 15-minute access tokens. */
  main: 'SHELFWISE_E2E_BASE_URL',
  /** A second API on its own database whose access tokens expire after SHORT_TOKEN_TTL_SECONDS. */
  shortToken: 'SHELFWISE_E2E_SHORT_TOKEN_BASE_URL',
} as const;

export type ServerName = keyof typeof SERVER_URL_VARIABLES;

/** The mail catcher's page (its JSON at /api/messages), set by global-setup.ts like the server URLs. */
export const MAIL_CATCHER_URL_VARIABLE = 'SHELFWISE_E2E_MAIL_URL';

/**
 * The main server's database as its owner (row-level security does not bind it), set by
 * global-setup.ts: for what no API does, e.g. making a platform administrator (support/admin.ts).
 */
export const OWNER_DATABASE_URL_VARIABLE = 'SHELFWISE_E2E_OWNER_DATABASE_URL';
