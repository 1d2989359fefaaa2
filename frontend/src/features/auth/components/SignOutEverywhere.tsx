import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { describeError } from '../../../lib/errors';
import { useSessionControl } from '../../../lib/GraphQLProvider';
import { clearLocalData } from '../../../lib/localData';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/Dialog';

const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere {
      endedSessions
      errors {
        field
        message
        code
      }
    }
  }
`);

/** Ends every session of the viewer, on every device, this one included. */
export function SignOutEverywhere() {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, run] = useMutation(SignOutEverywhereMutation);
  const { resetClient } = useSessionControl();
  const navigate = useNavigate();

  async function confirm() {
    setError(null);
    const result = await run({});
    if (result.error) {
      setError(describeError(result.error));
      return;
    }
    const firstError = result.data?.signOutEverywhere.errors[0];
    if (firstError) {
      setError(firstError.message);
      return;
    }
    setOpen(false);
    resetClient();
    void clearLocalData();
    void navigate('/sign-in', { replace: true, state: { signedOutEverywhere: true } });
  }

  return (
    <div className="setting-row">
      <div>
        <p className="setting-row__title">Sign out everywhere</p>
        <p className="muted">
          Ends your sessions on every device and browser, including this one, and revokes the access tokens made from
          them.
        </p>
      </div>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Sign out everywhere
      </Button>
      <ConfirmDialog
        open={open}
        title="Sign out everywhere?"
        confirmLabel="Sign out everywhere"
        busy={fetching}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
      >
        <p>
          You will need to sign in again on every device, including this one. Access tokens made in a browser stop
          working too; make new ones afterwards.
        </p>
      </ConfirmDialog>
    </div>
  );
}
