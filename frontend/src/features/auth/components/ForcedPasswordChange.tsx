import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { useSignOut } from '../hooks/useSignOut';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Shown instead of the app until someone with a temporary password picks their own. */
export function ForcedPasswordChange({
  name,
  onChanged,
  offerSignOut = false,
}: {
  name: string;
  onChanged: () => void;
  /** When the page has no header with a sign-out button. */
  offerSignOut?: boolean;
}) {
  const { signOut, busy } = useSignOut();
  return (
    <div className="narrow">
      <Card>
        <h1 className="page-header__title">Choose a new password</h1>
        <p className="muted spaced">
          {name ? `Welcome, ${name}. ` : ''}You signed in with a temporary password; choose your own before going on.
        </p>
        <ChangePasswordForm onChanged={onChanged} submitLabel="Save password and continue" currentLabel="Temporary password" />
        {offerSignOut ? (
          <p className="form__footnote muted">
            Not now?{' '}
            <Button variant="ghost" size="sm" onClick={() => void signOut()} busy={busy}>
              Sign out
            </Button>
          </p>
        ) : null}
      </Card>
    </div>
  );
}
