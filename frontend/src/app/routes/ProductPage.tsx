import { Link, useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { useCategories } from '../../features/categories/api/categories';
import { useProduct } from '../../features/products/api/get-product';
import { ProductDetails } from '../../features/products/components/ProductDetails';
import type { Product } from '../../features/products/types';
import { useWorkspaces } from '../../features/workspaces/api/workspaces';
import { allowedIn } from '../../features/workspaces/permissions';
import { useCurrentUser } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/document-title';
import { productAccess } from '../product-access';

export function ProductPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  // Anyone may read an active product; only members whose role allows it (or a moderator) get "Edit".
  const workspaces = useWorkspaces();
  // The same query ProductDetails makes (one request): the tab is named after the product once it is known.
  const product = useProduct(id);
  useDocumentTitle(product.data?.product.name ?? (product.error?.status === 404 ? 'Product not found' : 'Product'));
  const categories = useCategories();
  const allowed = (product: Product) => (user && workspaces.data ? allowedIn(workspaces.data, product.workspaceId, user.role === 'ADMIN') : []);
  // The history is the workspace side's: its members and platform admins (the API answers 404 to anyone else).
  const historyFor = (product: Product) =>
    allowed(product).includes('product.read_drafts') ? { revert: productAccess(allowed(product)).update } : null;
  const actions = (product: Product) =>
    productAccess(allowed(product)).update ? (
      <p>
        <Link className="button" to={`/my/products/${product.id}/edit`}>
          Edit product
        </Link>
      </p>
    ) : null;
  return (
    <>
      <PageHeading actions={<Link to="/">Back to the catalogue</Link>}>Product</PageHeading>
      <ProductDetails
        id={id}
        actions={actions}
        historyFor={historyFor}
        categoryName={(categoryId) => categories.data?.find((c) => c.id === categoryId)?.name}
      />
    </>
  );
}
