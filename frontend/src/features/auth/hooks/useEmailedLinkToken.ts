import { useState } from 'react';
import { linkToken } from '../../../lib/authLinks';

/**
 * The secret of the emailed link this page was opened with. Read once; the address bar then
 * drops it, so it is neither bookmarked nor shown over a shoulder.
 */
export function useEmailedLinkToken(): string | null {
  const [token] = useState(() => {
    const found = linkToken(window.location.hash);
    if (found) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return found;
  });
  return token;
}
