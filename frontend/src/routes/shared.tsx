import type { CombinedError } from 'urql';
import { classifyError, describeError } from '../lib/errors';
import { EmptyState, ErrorState } from '../ui/Status';

/** The error state of a page's query; session errors are handled by the app shell. */
export function QueryError({ error, onRetry }: { error: CombinedError; onRetry: () => void }) {
  const kind = classifyError(error).kind;
  if (kind === 'forbidden') {
    return <EmptyState title="You do not have access to this page" />;
  }
  return <ErrorState message={describeError(error)} onRetry={onRetry} />;
}
