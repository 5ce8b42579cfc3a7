import { Link, useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { ProductDetails } from '../../features/products/components/ProductDetails';

export function ProductPage() {
  const { id = '' } = useParams();
  return (
    <>
      <PageHeading actions={<Link to="/">Back to the catalogue</Link>}>Product</PageHeading>
      <ProductDetails id={id} />
    </>
  );
}
