import { AppError, forbidden, unauthorized } from '../../lib/errors.js';
import { hasScope, insufficientScope, type Principal } from '../../lib/http/authenticate.js';
import { isAllowed, type Actor, type WorkspaceAction } from '../workspaces/index.js';
import type { ProductStatus } from './product-view.js';

// Who may see and change what (OWASP API1/API3), by the workspace policy (modules/workspaces):
// active products are public; any other status is visible to the workspace's members and to
// platform admins, and is answered as "not found" to everyone else. The database applies the same
// rules again (row-level security), so a mistake here still shows no one else's draft.
// An API key without products:read (nor products:write, which includes it) reads like an anonymous caller.

/** The caller as a reader: undefined for an anonymous caller or a key that may not read. */
export const reader = (principal: Principal | undefined) => (principal && hasScope(principal, 'products:read') ? principal : undefined);

/** Active products outside the trash are public; the rest (drafts, archived, the trash) are their workspace's. */
export function canView(actor: Actor | null, product: { status: string; trashedAt?: Date | string | null }): boolean {
  return (product.status === 'active' && (product.trashedAt ?? null) === null) || (actor !== null && isAllowed(actor, 'product.read_drafts'));
}

/** Throws unless `actor` may `action` this product: 403 not_product_owner to outsiders, else the policy's refusal. */
export function assertMayChange(actor: Actor, action: Extract<WorkspaceAction, 'product.update' | 'product.delete'>): void {
  if (isAllowed(actor, action)) return;
  if (actor.role === null) throw forbidden('Only members of the product\'s workspace (or an admin) can change this product', 'not_product_owner');
  throw new AppError(403, 'insufficient_workspace_role', `Your role in this workspace (${actor.role}) cannot ${action === 'product.update' ? 'change' : 'delete'} products`, {
    extensions: { action, role: actor.role },
  });
}

/**
 * The rows a list may contain once the caller's rights are applied: the public catalogue (active
 * products of every workspace), one workspace's products as its members see them, or a platform
 * admin's view across workspaces. null = no restriction on that column.
 */
export interface ListScope {
  audience: 'public' | 'members' | 'admin';
  workspaceId: string | null;
  ownerId: string | null;
  status: ProductStatus | null;
}

/** A list of /api/v1/products: without owner=me, the public catalogue; admins may also list one status across workspaces. */
export function catalogueScope(caller: Principal | undefined, owner: string | undefined, status: ProductStatus | undefined): ListScope {
  const principal = reader(caller);
  const admin = principal?.role === 'ADMIN';
  const ownerId = owner ?? null;
  if (status !== undefined && status !== 'active' && !admin) {
    throw new AppError(403, 'status_filter_forbidden', 'Only active products can be listed here; use owner=me (or a workspace\'s products) for your own', {
      errors: [{ in: 'query', field: 'status', message: `"status" ${status} is only available with owner=me (or to admins)`, code: 'status.forbidden' }],
    });
  }
  if (admin && (status !== undefined || ownerId !== null)) return { audience: status === 'active' ? 'public' : 'admin', workspaceId: null, ownerId, status: status ?? null };
  return { audience: 'public', workspaceId: null, ownerId, status: 'active' };
}

/** A workspace's products as its members (or a moderating admin) see them: every status, or one. */
export function workspaceScope(workspaceId: string, actor: Actor, status: ProductStatus | undefined): ListScope {
  if (!isAllowed(actor, 'product.read_drafts')) return { audience: 'public', workspaceId, ownerId: null, status: 'active' };
  return { audience: actor.role === null ? 'admin' : 'members', workspaceId, ownerId: null, status: status ?? null };
}

/** owner=me needs a caller who may read. */
export function assertMayListOwn(caller: Principal | undefined): Principal {
  if (!caller) throw unauthorized('owner=me needs a signed-in caller');
  const principal = reader(caller);
  if (!principal) throw insufficientScope('products:read');
  return principal;
}
