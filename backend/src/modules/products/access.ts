import { AppError, unauthorized } from '../../lib/errors.js';
import { hasScope, insufficientScope, type Principal } from '../../lib/http/authenticate.js';
import type { ProductStatus } from './product-view.js';

// Who may see and change what (OWASP API1/API3). Active products are public; any other status is
// visible to its owner and to admins only, and is answered as "not found" to everyone else.
// An API key without products:read (nor products:write, which includes it) reads like an anonymous caller.

const reader = (principal: Principal | undefined) => (principal && hasScope(principal, 'products:read') ? principal : undefined);

export function canView(principal: Principal | undefined, product: { ownerId: string; status: string }): boolean {
  return product.status === 'active' || canManage(reader(principal), product);
}

export function canManage(principal: Principal | undefined, product: { ownerId: string }): boolean {
  return principal !== undefined && (principal.role === 'ADMIN' || principal.userId === product.ownerId);
}

/** The rows a list may contain once the caller's rights are applied; null = no restriction. */
export interface ListScope {
  ownerId: string | null;
  status: ProductStatus | null;
}

/**
 * Resolves `owner` and `status` for this caller. Without an owner whose products the caller may
 * manage (own, or any as an admin), the list is the public catalogue: active products only.
 * Admins may also list one status across all owners.
 */
export function listScope(caller: Principal | undefined, owner: string | undefined, status: ProductStatus | undefined): ListScope {
  if (owner === 'me' && !caller) throw unauthorized('owner=me needs a signed-in caller');
  const principal = reader(caller);
  if (owner === 'me' && !principal) throw insufficientScope('products:read');
  const ownerId = owner === 'me' ? principal!.userId : (owner ?? null);
  const privileged = principal !== undefined && (principal.role === 'ADMIN' || ownerId === principal.userId);
  if (status !== undefined && status !== 'active' && !privileged) {
    throw new AppError(403, 'status_filter_forbidden', 'Only active products can be listed here; use owner=me for your own', {
      errors: [{ in: 'query', field: 'status', message: `"status" ${status} is only available with owner=me (or to admins)`, code: 'status.forbidden' }],
    });
  }
  if (status !== undefined) return { ownerId, status };
  return { ownerId, status: privileged && ownerId !== null ? null : 'active' };
}
