import { PageHeading } from '../../components/PageHeading';
import { CategoryBrowser } from '../../features/categories/components/CategoryBrowser';
import { Catalogue } from '../../features/products/components/Catalogue';
import { useDocumentTitle } from '../../lib/document-title';

export function CataloguePage() {
  useDocumentTitle('Catalogue');
  return (
    <>
      <PageHeading>Catalogue</PageHeading>
      <Catalogue renderCategoryBrowser={(props) => <CategoryBrowser {...props} />} />
    </>
  );
}
