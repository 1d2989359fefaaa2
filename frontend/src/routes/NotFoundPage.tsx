import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/hooks';
import { EmptyState } from '../ui/Status';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1 className="visually-hidden">Page not found</h1>
      <EmptyState title="There is no page at this address">
        <Link to="/">Go to your home page</Link>
      </EmptyState>
    </>
  );
}
