import { PageHeading } from '../../components/PageHeading';
import { Catalogue } from '../../features/products/components/Catalogue';

export function CataloguePage() {
  return (
    <>
      <PageHeading>Catalogue</PageHeading>
      <Catalogue />
    </>
  );
}
