import { PageHeading } from '../../components/PageHeading';
import { Catalogue } from '../../features/products/components/Catalogue';
import { useDocumentTitle } from '../../lib/document-title';

export function CataloguePage() {
  useDocumentTitle('Catalogue');
  return (
    <>
      <PageHeading>Catalogue</PageHeading>
      <Catalogue />
    </>
  );
}
