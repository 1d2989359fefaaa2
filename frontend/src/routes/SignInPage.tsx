import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '../features/auth/components/SignInForm';
import { BareFrame } from '../features/shell/components/BareFrame';
import { safeNextPath } from '../lib/auth';
import { useSessionControl } from '../lib/GraphQLProvider';
import { useDocumentTitle } from '../lib/hooks';
import { Alert } from '../ui/Status';

export function SignInPage() {
  useDocumentTitle('Sign in');
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { resetClient } = useSessionControl();
  const state = (location.state ?? {}) as { signedOut?: boolean; signedOutEverywhere?: boolean; passwordSet?: boolean };
  const next = safeNextPath(params.get('next'));

  return (
    <BareFrame>
      <div className="sign-in">
        <div className="card sign-in__card">
          <h1 className="sign-in__title">Sign in to Tandem</h1>
          <p className="muted sign-in__lead">Your 1:1s, agendas and action items in one place.</p>
          {state.passwordSet ? (
            <Alert tone="success">
              <p>Your new password is set. Sign in with it.</p>
            </Alert>
          ) : state.signedOutEverywhere ? (
            <Alert tone="success">
              <p>You are signed out on every device.</p>
            </Alert>
          ) : state.signedOut ? (
            <Alert tone="info">
              <p>You are signed out.</p>
            </Alert>
          ) : null}
          <SignInForm
            onSignedIn={() => {
              resetClient();
              void navigate(next, { replace: true });
            }}
          />
        </div>
      </div>
    </BareFrame>
  );
}
