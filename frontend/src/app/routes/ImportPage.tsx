import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { EmptyState } from '../../components/states';
import { ImportWizard } from '../../features/imports/components/ImportWizard';
import { JobResult } from '../../features/jobs/components/JobResult';
import { productKeys } from '../../features/products/api/query-keys';
import { useDocumentTitle } from '../../lib/document-title';
import { productAccess } from '../product-access';
import { useLoadedWorkspace } from './MyProductsPages';

/** /my/products/import: the CSV import wizard for the current workspace, its job followed live to the end. */
export function ImportPage() {
  const loaded = useLoadedWorkspace();
  const queryClient = useQueryClient();
  const title = loaded.ready && !loaded.workspace.personal ? `Import products into ${loaded.workspace.name}` : 'Import products';
  useDocumentTitle(title);
  if (!loaded.ready) return loaded.fallback;
  const { workspace } = loaded;
  const access = productAccess(workspace.allowed);
  return (
    <>
      <PageHeading actions={<Link to="/my/products">Back to {workspace.personal ? 'my products' : `products of ${workspace.name}`}</Link>}>{title}</PageHeading>
      {access.create && access.update ? (
        <ImportWizard
          key={workspace.slug}
          workspace={workspace.slug}
          renderJob={(jobId, restart, started) => (
            <JobResult
              jobId={jobId}
              initialJob={started}
              title="The import"
              onFinished={() => void queryClient.invalidateQueries({ queryKey: productKeys.all })}
              actions={() => (
                <>
                  <Link className="button button--small" to="/my/products">
                    See the products
                  </Link>
                  <button type="button" className="button button--secondary button--small" onClick={restart}>
                    Import another file
                  </button>
                </>
              )}
            />
          )}
        />
      ) : (
        <EmptyState title={`Your role in ${workspace.name} does not allow importing products.`} />
      )}
    </>
  );
}
