import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../lib/document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <div className="narrow centered">
      <PageHeading>Page not found</PageHeading>
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link to="/">Go to the catalogue</Link>
      </p>
    </div>
  );
}
