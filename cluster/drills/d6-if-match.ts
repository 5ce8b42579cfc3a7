import { withClient } from '../lib/postgres.js';
import { createOwnProduct, signIn, type Product } from './client.js';
import type { DrillContext } from './context.js';
import { header, json } from './http.js';
import { claim, type DrillResult } from './report.js';

const CLIENTS = 8;
const EDITS_PER_CLIENT = 5;
const MAX_ATTEMPTS_PER_CLIENT = 60;

/**
 * 6. Several clients (each its own sign-in) edit one product at once, each edit a read followed by
 * an If-Match PATCH that appends a unique token to the description. No lost update: every
 * acknowledged token is in the final description, no refused (412) one is, and the acknowledged
 * versions are distinct and consecutive. Each read is also checked against the highest version
 * acknowledged before it started, wherever that write landed (read-your-writes across instances
 * and through the replica); that check is reported as a warning, beyond the drill's claim.
 */
export async function ifMatchDrill(ctx: DrillContext): Promise<DrillResult> {
  const result: DrillResult = { id: 6, title: `${CLIENTS} clients edit one product concurrently with If-Match`, facts: [], claims: [] };
  const owner = ctx.workers[0]!.user;
  const { product } = await createOwnProduct(ctx.api.as(owner), { description: 'tokens:' });
  const clients = await Promise.all(Array.from({ length: CLIENTS }, () => signIn(ctx.api, owner)));

  const acked: Array<{ token: string; version: number }> = [];
  const refused: string[] = [];
  const errors: string[] = [];
  let highestAcked = product.version;
  let reads = 0;
  const staleReads: string[] = [];

  await Promise.all(clients.map(async (user, c) => {
    const api = ctx.api.as(user);
    let done = 0;
    for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_CLIENT && done < EDITS_PER_CLIENT; attempt++) {
      const mustSee = highestAcked;
      const read = await api.product(product.id);
      reads++;
      if (read.status !== 200) {
        errors.push(`read ${read.status}`);
        continue;
      }
      const current = json<Product>(read);
      if (current.version < mustSee) {
        staleReads.push(`v${current.version} after v${mustSee} was acknowledged (${header(read, 'x-served-by')}, X-Cache ${header(read, 'x-cache')})`);
      }
      const token = `c${c}.${attempt}`;
      const write = await api.updateProduct(product.id, header(read, 'etag')!, { description: `${current.description} ${token}` });
      if (write.status === 200) {
        const version = json<Product>(write).version;
        acked.push({ token, version });
        highestAcked = Math.max(highestAcked, version);
        done++;
      } else if (write.status === 412) {
        refused.push(token);
      } else {
        errors.push(`write ${write.status} ${write.error ?? ''}`.trim());
      }
    }
  }));

  const final = await withClient(ctx.cluster.primary.url, async (c) =>
    (await c.query<{ description: string; version: number }>('SELECT description, version FROM "Product" WHERE id = $1', [product.id])).rows[0]!);
  const present = new Set(final.description.split(' ').slice(1));
  const missing = acked.filter((a) => !present.has(a.token));
  const leaked = refused.filter((t) => present.has(t));
  const versions = acked.map((a) => a.version).sort((a, b) => a - b);
  const consecutive = versions.every((v, i) => v === product.version + 1 + i) && final.version === product.version + acked.length;

  result.facts.push(['clients', CLIENTS], ['reads', reads], ['acknowledged edits (200)', acked.length], ['refused edits (412)', refused.length],
    ['other answers', errors.length ? errors.slice(0, 5).join(', ') : 0], ['final version', final.version], ['reads older than a version already acknowledged', staleReads.length]);
  claim(result, 'every acknowledged edit is in the final version', missing.length === 0, `${missing.length} of ${acked.length} missing`);
  claim(result, 'no refused (412) edit is in it', leaked.length === 0, `${leaked.length} of ${refused.length} present`);
  claim(result, 'acknowledged versions are distinct and consecutive, and the final version counts them all', consecutive, `versions ${versions[0]}..${versions.at(-1)}, final ${final.version}`);
  claim(result, 'there was contention (some edits were refused)', refused.length > 0, `${refused.length} refused`);
  claim(result, 'every answer was 200 or 412', errors.length === 0, `${errors.length} others`);
  // Beyond the drill's claim (no lost update): a read that starts after an edit was acknowledged
  // should not show an older version. Reported, not failed on: see SCALABILITY.md, findings.
  if (staleReads.length) result.warnings = [`${staleReads.length} of ${reads} reads showed a version older than one already acknowledged: ${staleReads.slice(0, 3).join('; ')}`];
  return result;
}
