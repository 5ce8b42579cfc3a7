import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { CreateProduct } from '../../features/products/components/CreateProduct';
import { EditProduct } from '../../features/products/components/EditProduct';
import { MyProducts } from '../../features/products/components/MyProducts';

export function MyProductsPage() {
  return (
    <>
      <PageHeading
        actions={
          <Link className="button" to="/my/products/new">
            New product
          </Link>
        }
      >
        My products
      </PageHeading>
      <MyProducts />
    </>
  );
}

export function NewProductPage() {
  const navigate = useNavigate();
  return (
    <>
      <PageHeading actions={<Link to="/my/products">Back to my products</Link>}>New product</PageHeading>
      <CreateProduct onCreated={() => void navigate('/my/products')} />
    </>
  );
}

export function EditProductPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <PageHeading actions={<Link to="/my/products">Back to my products</Link>}>Edit product</PageHeading>
      <EditProduct id={id} onSaved={() => void navigate('/my/products')} onDeleted={() => void navigate('/my/products')} />
    </>
  );
}
