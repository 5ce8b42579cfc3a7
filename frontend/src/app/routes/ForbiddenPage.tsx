import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../lib/document-title';

export function ForbiddenPage() {
  useDocumentTitle('Not allowed');
  return (
    <div className="narrow centered">
      <PageHeading>Not allowed</PageHeading>
      <p>This page is for administrators only.</p>
      <p>
        <Link to="/">Go to the catalogue</Link>
      </p>
    </div>
  );
}
