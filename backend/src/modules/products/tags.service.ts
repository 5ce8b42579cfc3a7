import type { Principal } from '../../lib/http/authenticate.js';
import type { ProductsDeps } from './deps.js';

export interface TagSuggestion {
  name: string;
}

/**
 * The workspace's tags that start with `prefix` (already normalised: tags.ts), alphabetically: for
 * its members, who see its products (else 404 workspace_not_found, as for a slug that does not exist).
 */
export async function suggestTags(deps: ProductsDeps, principal: Principal, slug: string, prefix: string, limit: number): Promise<TagSuggestion[]> {
  const { workspace } = await deps.workspaces.resolve(principal, slug);
  // Tag is written only by the trigger on "Product", so the products scope's replica routing knows
  // when a replica has the latest ones. starts_with needs no escaping of % and _; the walk follows
  // the primary key (workspaceId, name) in order and stops at `limit` matches.
  return deps.reads.read((db) => db.$queryRaw<TagSuggestion[]>`
    SELECT "name" FROM "Tag"
    WHERE "workspaceId" = ${workspace.id}::uuid AND starts_with("name", ${prefix})
    ORDER BY "name" LIMIT ${limit}`);
}
