import { SATURATING_CONNECTIONS, type Bench } from '../lib/context.js';

/** The liveness probe: no logging, no rate limit, no body parsing on its path (app.ts). */
export async function healthScenario(bench: Bench): Promise<void> {
  bench.log('GET /health');
  await bench.againstBaseline('`GET /health`', { url: `${bench.stack.apiUrl}/health`, connections: SATURATING_CONNECTIONS }, 0.75);
}
