import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { signOut } from '../../../lib/auth';
import { useSessionControl } from '../../../lib/GraphQLProvider';
import { clearLocalData } from '../../../lib/localData';

/** Ends this session, forgets cached data (also what this browser stored) and goes to the sign-in page. */
export function useSignOut(): { signOut: () => Promise<void>; busy: boolean } {
  const navigate = useNavigate();
  const { resetClient } = useSessionControl();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async () => {
    setBusy(true);
    await signOut();
    setBusy(false);
    resetClient();
    void clearLocalData();
    void navigate('/sign-in', { replace: true, state: { signedOut: true } });
  }, [navigate, resetClient]);
  return { signOut: run, busy };
}
