import { SATURATING_CONNECTIONS, type Bench } from './context.js';

/**
 * The most node:http does with a body as big as `url`'s: the bare server answering that many bytes
 * from memory (baseline-server.mjs /sized/), as a row beside the scenario's, against the same
 * ~400-byte baseline. A list page or a picture has more to write than one product; this row says how
 * much of the gap that alone explains.
 */
export async function sameSizeBaselineRow(bench: Bench, url: string, what: string): Promise<void> {
  const res = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  const bytes = (await res.arrayBuffer()).byteLength;
  bench.log(`bare node:http with ${what}'s ${bytes} bytes`);
  await bench.againstBaseline(`bare node:http answering ${bytes.toLocaleString('en-US')} bytes from memory (${what}'s size)`, {
    url: `${bench.stack.baselineUrl}/sized/${bytes}`,
    connections: SATURATING_CONNECTIONS,
    serverPid: bench.stack.baselinePid,
  });
}
