import { useState } from 'react';
import { Link } from 'react-router';
import { confirmEmailWithLink } from '../../../lib/authLinks';
import { Button } from '../../../ui/Button';
import { FormErrors } from '../../../ui/Field';
import { Alert } from '../../../ui/Status';

/**
 * Confirms a new email address with the emailed link — on a click, not on opening the page
 * (mail scanners open links too).
 */
export function ConfirmEmail({ token }: { token: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState<string | null>(null);

  if (confirmed) {
    return (
      <Alert tone="success" title="Email address confirmed">
        <p>Tandem now writes to {confirmed}; sign in with it from now on.</p>
        <p>
          <Link to="/">Go to Tandem</Link>
        </p>
      </Alert>
    );
  }

  async function confirm() {
    setBusy(true);
    setError(null);
    const result = await confirmEmailWithLink(token);
    setBusy(false);
    if (result.ok) setConfirmed(result.email);
    else setError(result.message);
  }

  return (
    <div className="form">
      <FormErrors messages={error ? [error] : []} />
      <p>Until you confirm, Tandem keeps writing to the old address.</p>
      <Button variant="primary" busy={busy} className="btn--block" onClick={() => void confirm()}>
        Confirm this email address
      </Button>
    </div>
  );
}
