import { fileURLToPath } from 'node:url';

/** Debian's package (apt-get install -y chromium); `npx playwright install` is not used. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Screenshots of failed tests (git-ignored); emptied at the start of each run. */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Access-token lifetime of the second API server (the expiry test waits this long). */
export const SHORT_TOKEN_TTL_SECONDS = 5;
