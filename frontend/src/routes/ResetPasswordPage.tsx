import { Link, useNavigate } from 'react-router';
import { ResetPasswordForm } from '../features/auth/components/ResetPasswordForm';
import { BareFrame } from '../features/shell/components/BareFrame';
import { useEmailedLinkToken } from '../features/auth/hooks/useEmailedLinkToken';
import { useDocumentTitle } from '../lib/hooks';
import { Alert } from '../ui/Status';

/** `/reset-password#token=…`: where an admin's password reset link leads; no session needed. */
export function ResetPasswordPage() {
  useDocumentTitle('Set a new password');
  const token = useEmailedLinkToken();
  const navigate = useNavigate();

  return (
    <BareFrame>
      <div className="sign-in">
        <div className="card sign-in__card">
          <h1 className="sign-in__title">Set a new password</h1>
          {token ? (
            <>
              <p className="muted sign-in__lead">An administrator reset your password. Choose a new one to sign in again.</p>
              <ResetPasswordForm token={token} onDone={() => void navigate('/sign-in', { replace: true, state: { passwordSet: true } })} />
            </>
          ) : (
            <MissingLink />
          )}
        </div>
      </div>
    </BareFrame>
  );
}

export function MissingLink() {
  return (
    <Alert tone="error" title="This link is incomplete">
      <p>Open it again from the email, whole, or ask your administrator to send a new one.</p>
      <p>
        <Link to="/sign-in">Go to the sign-in page</Link>
      </p>
    </Alert>
  );
}
