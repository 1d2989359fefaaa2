import { ConfirmEmail } from '../features/auth/components/ConfirmEmail';
import { useEmailedLinkToken } from '../features/auth/hooks/useEmailedLinkToken';
import { BareFrame } from '../features/shell/components/BareFrame';
import { useDocumentTitle } from '../lib/hooks';
import { MissingLink } from './ResetPasswordPage';

/** `/confirm-email#token=…`: where the link sent to a new email address leads; no session needed. */
export function ConfirmEmailPage() {
  useDocumentTitle('Confirm your email address');
  const token = useEmailedLinkToken();

  return (
    <BareFrame>
      <div className="sign-in">
        <div className="card sign-in__card">
          <h1 className="sign-in__title">Confirm your new email address</h1>
          {token ? <ConfirmEmail token={token} /> : <MissingLink />}
        </div>
      </div>
    </BareFrame>
  );
}
