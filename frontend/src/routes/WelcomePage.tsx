import { useNavigate } from 'react-router';
import { ResetPasswordForm } from '../features/auth/components/ResetPasswordForm';
import { useEmailedLinkToken } from '../features/auth/hooks/useEmailedLinkToken';
import { BareFrame } from '../features/shell/components/BareFrame';
import { useDocumentTitle } from '../lib/hooks';
import { MissingLink } from './ResetPasswordPage';

/** `/welcome#token=…`: where a new person's invitation leads; they choose their password. */
export function WelcomePage() {
  useDocumentTitle('Welcome');
  const token = useEmailedLinkToken();
  const navigate = useNavigate();

  return (
    <BareFrame>
      <div className="sign-in">
        <div className="card sign-in__card">
          <h1 className="sign-in__title">Welcome to Tandem</h1>
          {token ? (
            <>
              <p className="muted sign-in__lead">Choose your password. Only you will know it.</p>
              <ResetPasswordForm
                token={token}
                submitLabel="Save password"
                onDone={() => void navigate('/sign-in', { replace: true, state: { passwordSet: true } })}
              />
            </>
          ) : (
            <MissingLink />
          )}
        </div>
      </div>
    </BareFrame>
  );
}
