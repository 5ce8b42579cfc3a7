import type { Request, Response } from 'express';
import { principalOf, signedIn, type Principal } from '../../lib/http/authenticate.js';
import { inputOf } from '../../lib/http/validate.js';
import type { Actor } from '../workspaces/index.js';
import { assertMayListOwn, catalogueScope, workspaceScope, type ListScope } from './access.js';
import type { ProductsDeps } from './deps.js';
import { ifNoneMatchHits } from './etag.js';
import { listFacets } from './facets.service.js';
import { listProducts } from './list.service.js';
import type { CreateProductInput, ListProductsQuery, UpdateProductInput } from './products.schemas.js';
import { createProduct, getProduct, purgeProduct, restoreProduct, trashProduct, updateProduct } from './products.service.js';

// Bodies arrive from the services already serialised (that is what the cache holds): sent as-is.
function sendJson(res: Response, status: number, body: string): void {
  res.status(status).type('application/json').send(body);
}

// Reads are revalidated (ETag) rather than stored blindly, and differ per caller (drafts, owner=me).
// Vary is appended to, never replaced: CORS (app.ts) and compression add Origin and Accept-Encoding.
// X-Cache: STALE is a copy past its TTL, answered because the database is down (cache-keys.ts).
function readHeaders(res: Response, hit: boolean, stale?: boolean): void {
  for (const [name, value] of cachedReadHeaders(hit, stale)) res.set(name, value);
  res.vary('Authorization');
}

/** A read's caching headers (readHeaders), also written by the fast lane's detail read (fast-read.ts). */
export function cachedReadHeaders(hit: boolean, stale?: boolean): Array<[string, string]> {
  return [['Cache-Control', 'private, no-cache'], ['X-Cache', stale ? 'STALE' : hit ? 'HIT' : 'MISS']];
}

/** The :id the route checked (products.routes.ts), lower-cased like the ids PostgreSQL returns. */
const idOf = (req: Request) => String(req.params.id).toLowerCase();

/** The workspace a /workspaces/:slug/products route resolved (products.routes.ts inWorkspace). */
export interface ResolvedWorkspace {
  id: string;
  actor: Actor;
}
const workspaceOf = (res: Response) => res.locals.workspace as ResolvedWorkspace | undefined;

/**
 * One controller for /api/v1/products and /api/v1/workspaces/:slug/products: the second has the
 * workspace resolved (res.locals.workspace); the first acts in the caller's personal workspace
 * (create, owner=me) or wherever the product is (by id).
 */
export function productsController(deps: ProductsDeps) {
  // Arrow functions rather than methods: the router is handed each handler on its own, detached from
  // this object, and an arrow function has no `this` to lose.
  return {
    list: async (_req: Request, res: Response) => {
      const principal = principalOf(res);
      const query = inputOf<ListProductsQuery>(res, 'query');
      const page = await listProducts(deps, principal, await scopeOf(deps, res, query), query);
      readHeaders(res, page.hit, page.stale);
      // The page's weak ETag, computed when it was cached; Express answers If-None-Match with 304 itself.
      if (page.etag) res.set('ETag', page.etag);
      sendJson(res, 200, page.body);
    },

    facets: async (_req: Request, res: Response) => {
      const query = inputOf<ListProductsQuery>(res, 'query');
      const body = await listFacets(deps, principalOf(res), await scopeOf(deps, res, query), query);
      res.set('Cache-Control', 'private, no-cache');
      res.vary('Authorization');
      sendJson(res, 200, body);
    },

    get: async (req: Request, res: Response) => {
      const found = await getProduct(deps, principalOf(res), idOf(req), workspaceOf(res)?.id);
      readHeaders(res, found.hit, found.stale);
      res.set('ETag', found.etag);
      if (ifNoneMatchHits(req.get('If-None-Match'), found.etag)) {
        res.status(304).end();
        return;
      }
      sendJson(res, 200, found.body);
    },

    create: async (req: Request, res: Response) => {
      const principal = signedIn(res);
      const target = workspaceOf(res) ?? (await personalTarget(deps, principal));
      const created = await createProduct(deps, principal, target, inputOf<CreateProductInput>(res, 'body'), req.get('Idempotency-Key'));
      res.set({ 'Cache-Control': 'no-store', ETag: created.etag, Location: `${req.baseUrl}/${created.product.id}` });
      if (created.replayed) res.set('Idempotent-Replayed', 'true');
      sendJson(res, 201, created.body);
    },

    update: async (req: Request, res: Response) => {
      const updated = await updateProduct(deps, signedIn(res), idOf(req), inputOf<UpdateProductInput>(res, 'body'), req.get('If-Match'), workspaceOf(res)?.id);
      res.set({ 'Cache-Control': 'no-store', ETag: updated.etag });
      sendJson(res, 200, updated.body);
    },

    /** To the trash; with ?permanent=true, out of the trash for good. */
    remove: async (req: Request, res: Response) => {
      const { permanent } = inputOf<{ permanent: boolean }>(res, 'query');
      await (permanent ? purgeProduct : trashProduct)(deps, signedIn(res), idOf(req), req.get('If-Match'), workspaceOf(res)?.id);
      res.status(204).end();
    },

    restore: async (req: Request, res: Response) => {
      const restored = await restoreProduct(deps, signedIn(res), idOf(req), req.get('If-Match'), workspaceOf(res)?.id);
      res.set({ 'Cache-Control': 'no-store', ETag: restored.etag });
      sendJson(res, 200, restored.body);
    },
  };
}

async function personalTarget(deps: ProductsDeps, principal: Principal): Promise<ResolvedWorkspace> {
  const personal = await deps.workspaces.personal(principal);
  return { id: personal.id, actor: { role: personal.role, platformAdmin: principal.role === 'ADMIN' } };
}

/** Which rows this list may hold (access.ts): a workspace's, the caller's own (owner=me), or the catalogue. */
export async function scopeOf(deps: ProductsDeps, res: Response, query: Pick<ListProductsQuery, 'status' | 'owner'>): Promise<ListScope> {
  const principal = principalOf(res);
  const workspace = workspaceOf(res);
  if (workspace) return workspaceScope(workspace.id, workspace.actor, query.status);
  if (query.owner === 'me' || (query.owner !== undefined && query.owner === principal?.userId)) {
    const own = await personalTarget(deps, assertMayListOwn(principal));
    return workspaceScope(own.id, own.actor, query.status);
  }
  return catalogueScope(principal, query.owner, query.status);
}
