import { useQueryClient } from '@tanstack/react-query';
import type { ComponentProps, ReactElement } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useCategories } from '../../features/categories/api/categories';
import { CategoryPicker } from '../../features/categories/components/CategoryPicker';
import { BulkJobResult } from '../../features/jobs/components/BulkJobResult';
import { useProduct } from '../../features/products/api/get-product';
import { productKeys } from '../../features/products/api/query-keys';
import { CreateProduct } from '../../features/products/components/CreateProduct';
import { EditProduct } from '../../features/products/components/EditProduct';
import { type BulkJobRenderProps, MyProducts } from '../../features/products/components/MyProducts';
import { Trash } from '../../features/products/components/Trash';
import type { Product } from '../../features/products/types';
import { useCurrentWorkspace } from '../../features/workspaces/current-workspace';
import { allowedIn } from '../../features/workspaces/permissions';
import type { Workspace } from '../../features/workspaces/types';
import { useCurrentUser } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/document-title';
import { productAccess } from '../product-access';

/** "My products" for the personal workspace, "Products of <name>" for a shared one. */
const productsTitle = (workspace: Workspace) => (workspace.personal ? 'My products' : `Products of ${workspace.name}`);

function BackToProducts({ workspace }: { workspace: Workspace }) {
  return <Link to="/my/products">Back to {productsTitle(workspace).replace(/^./, (c) => c.toLowerCase())}</Link>;
}

/** The product form's categories come from the categories feature. */
const pickCategories = (props: ComponentProps<typeof CategoryPicker>) => <CategoryPicker {...props} />;

type Loaded = { ready: true; workspace: Workspace; workspaces: Workspace[] } | { ready: false; fallback: ReactElement };

/** The current workspace once the list of the user's workspaces has loaded; the pages below wait for it. */
export function useLoadedWorkspace(): Loaded {
  const { workspaces, current } = useCurrentWorkspace();
  if (workspaces.isPending) return { ready: false, fallback: <LoadingState label="Loading your workspaces…" /> };
  if (workspaces.isError) return { ready: false, fallback: <ErrorState error={workspaces.error} onRetry={() => void workspaces.refetch()} /> };
  if (!current) return { ready: false, fallback: <EmptyState title="You belong to no workspace." /> };
  return { ready: true, workspace: current, workspaces: workspaces.data };
}

export function MyProductsPage() {
  const loaded = useLoadedWorkspace();
  const queryClient = useQueryClient();
  const title = loaded.ready ? productsTitle(loaded.workspace) : 'My products';
  useDocumentTitle(title);
  if (!loaded.ready) return loaded.fallback;
  const { workspace } = loaded;
  const access = productAccess(workspace.allowed);
  // A bulk change's result comes from the jobs feature; once it (or its undo) finished, the lists are read again.
  const renderBulkJob = ({ job, description, productName, onDismiss }: BulkJobRenderProps) => (
    <BulkJobResult
      key={job.id}
      job={job}
      description={description}
      productName={productName}
      onFinished={() => void queryClient.invalidateQueries({ queryKey: productKeys.all })}
      onDismiss={onDismiss}
    />
  );
  return (
    <>
      <PageHeading
        actions={
          <>
            {(access.update || access.delete) && <Link to="/my/products/trash">Trash</Link>}
            {access.create && access.update && <Link to="/my/products/import">Import CSV</Link>}
            {access.create && (
              <Link className="button" to="/my/products/new">
                New product
              </Link>
            )}
          </>
        }
      >
        {title}
      </PageHeading>
      <MyProducts
        key={workspace.slug}
        workspace={workspace.slug}
        workspaceId={workspace.id}
        personal={workspace.personal}
        label={title}
        access={access}
        renderCategoryPicker={pickCategories}
        renderBulkJob={renderBulkJob}
      />
    </>
  );
}

/** The current workspace's trash: "Trash" for the personal one, "Trash of <name>" for a shared one. */
export function TrashPage() {
  const loaded = useLoadedWorkspace();
  const title = loaded.ready && !loaded.workspace.personal ? `Trash of ${loaded.workspace.name}` : 'Trash';
  useDocumentTitle(title);
  if (!loaded.ready) return loaded.fallback;
  const { workspace } = loaded;
  return (
    <>
      <PageHeading actions={<BackToProducts workspace={workspace} />}>{title}</PageHeading>
      <p className="muted">Deleted products stay here for 30 days, then they are deleted for good with their pictures.</p>
      <Trash key={workspace.slug} workspace={workspace.slug} workspaceId={workspace.id} label={title} access={productAccess(workspace.allowed)} />
    </>
  );
}

export function NewProductPage() {
  const navigate = useNavigate();
  const loaded = useLoadedWorkspace();
  useDocumentTitle('New product');
  if (!loaded.ready) return loaded.fallback;
  const { workspace } = loaded;
  return (
    <>
      <PageHeading actions={<BackToProducts workspace={workspace} />}>New product</PageHeading>
      {productAccess(workspace.allowed).create ? (
        <CreateProduct workspace={workspace.slug} renderCategoryPicker={pickCategories} onCreated={() => void navigate('/my/products')} />
      ) : (
        <EmptyState title={`Your role in ${workspace.name} does not allow creating products.`} />
      )}
    </>
  );
}

export function EditProductPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const loaded = useLoadedWorkspace();
  const product = useProduct(id);
  const categories = useCategories();
  useDocumentTitle(product.data ? `Edit ${product.data.product.name}` : 'Edit product');
  if (!loaded.ready) return loaded.fallback;
  // The product may be in another of the user's workspaces than the current one: its own decides.
  const accessTo = (product: Product) => productAccess(allowedIn(loaded.workspaces, product.workspaceId, user?.role === 'ADMIN'));
  return (
    <>
      <PageHeading actions={<BackToProducts workspace={loaded.workspace} />}>Edit product</PageHeading>
      <EditProduct
        id={id}
        accessTo={accessTo}
        tagWorkspace={loaded.workspaces.find((w) => w.id === product.data?.product.workspaceId)?.slug}
        renderCategoryPicker={pickCategories}
        categoryName={(categoryId) => categories.data?.find((c) => c.id === categoryId)?.name}
        onSaved={() => void navigate('/my/products')}
        onDeleted={() => void navigate('/my/products')}
      />
    </>
  );
}
