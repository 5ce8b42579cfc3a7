import type { ProductAccess } from '../features/products/types';
import type { WorkspaceAction } from '../features/workspaces/types';

/** The products feature's view of a workspace's `allowed` actions (features do not import each other). */
export function productAccess(allowed: readonly WorkspaceAction[]): ProductAccess {
  return { create: allowed.includes('product.create'), update: allowed.includes('product.update'), delete: allowed.includes('product.delete') };
}
