import { useEffect, useRef, useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { ForcedPasswordChange } from '../features/auth/components/ForcedPasswordChange';
import { AppFrame } from '../features/shell/components/AppFrame';
import { BareFrame } from '../features/shell/components/BareFrame';
import { graphql } from '../gql';
import { onAuthEvent } from '../lib/authEvents';
import { classifyError, describeError } from '../lib/errors';
import { clearLocalData } from '../lib/localData';
import { ErrorState, LoadingState } from '../ui/Status';

const AppLayoutQuery = graphql(`
  query AppLayout {
    viewer {
      id
      name
      mustChangePassword
      ...AppFrame_user
    }
  }
`);

export function signInPath(location: { pathname: string; search: string }): string {
  const next = `${location.pathname}${location.search}`;
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}

/** Everything behind sign-in: learns who the viewer is and frames the pages. */
export function AppLayout() {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: AppLayoutQuery, requestPolicy: 'cache-and-network' });
  const [passwordRequired, setPasswordRequired] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const locationRef = useRef(location);

  useEffect(() => {
    locationRef.current = location;
  }, [location]);

  useEffect(
    () =>
      onAuthEvent((event) => {
        if (event === 'unauthenticated') {
          // The session is gone: what this browser kept for it goes too.
          void clearLocalData();
          void navigate(signInPath(locationRef.current), { replace: true });
        } else {
          setPasswordRequired(true);
        }
      }),
    [navigate],
  );

  const errorKind = error ? classifyError(error).kind : null;

  if (errorKind === 'unauthenticated') return <Navigate to={signInPath(location)} replace />;

  const viewer = data?.viewer;
  const mustChange = Boolean(viewer?.mustChangePassword) || passwordRequired || errorKind === 'password-change-required';
  const onPasswordChanged = () => {
    setPasswordRequired(false);
    reexecute({ requestPolicy: 'network-only' });
  };

  if (!viewer) {
    if (mustChange) {
      return (
        <BareFrame>
          <ForcedPasswordChange name="" onChanged={onPasswordChanged} offerSignOut />
        </BareFrame>
      );
    }
    if (error) {
      return (
        <BareFrame>
          <ErrorState title="Tandem could not start" message={describeError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        </BareFrame>
      );
    }
    return <BareFrame>{fetching ? <LoadingState label="Loading Tandem…" /> : <LoadingState />}</BareFrame>;
  }

  if (mustChange) {
    return (
      <AppFrame viewer={viewer} navigation={false}>
        <ForcedPasswordChange name={viewer.name} onChanged={onPasswordChanged} />
      </AppFrame>
    );
  }

  return (
    <AppFrame viewer={viewer}>
      <Outlet />
    </AppFrame>
  );
}
