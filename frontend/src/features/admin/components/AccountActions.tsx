import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { describeError } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/Dialog';
import { TemporaryPassword } from './TemporaryPassword';

export const AccountActionsFragment = graphql(`
  fragment AccountActions_user on User {
    id
    name
    isActive
  }
`);

const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($input: UserIdInput!) {
    deactivateUser(input: $input) {
      user {
        id
        isActive
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($input: UserIdInput!) {
    reactivateUser(input: $input) {
      user {
        id
        isActive
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($input: UserIdInput!) {
    resetUserPassword(input: $input) {
      user {
        id
        mustChangePassword
      }
      temporaryPassword
      errors {
        field
        message
        code
      }
    }
  }
`);

type Pending = 'deactivate' | 'reactivate' | 'reset' | null;

/** Deactivate or reactivate an account, and reset its password. */
export function AccountActions({ user, isSelf }: { user: FragmentType<typeof AccountActionsFragment>; isSelf: boolean }) {
  const u = getFragmentData(AccountActionsFragment, user);
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<string | null>(null);
  const [temporaryPassword, setTemporaryPassword] = useState<string | null>(null);
  const [deactivation, deactivate] = useMutation(DeactivateUserMutation);
  const [reactivation, reactivate] = useMutation(ReactivateUserMutation);
  const [reset, resetPassword] = useMutation(ResetUserPasswordMutation);
  const busy = deactivation.fetching || reactivation.fetching || reset.fetching;

  async function confirm() {
    setError(null);
    const input = { input: { id: u.id } };
    if (pending === 'reset') {
      const result = await resetPassword(input);
      if (result.error) { setError(describeError(result.error)); return; }
      const payload = result.data?.resetUserPassword;
      if (payload?.errors[0]) { setError(payload.errors[0].message); return; }
      setTemporaryPassword(payload?.temporaryPassword ?? null);
    } else if (pending === 'deactivate' || pending === 'reactivate') {
      const result = pending === 'deactivate' ? await deactivate(input) : await reactivate(input);
      if (result.error) { setError(describeError(result.error)); return; }
      const data = result.data;
      const payload = data && ('deactivateUser' in data ? data.deactivateUser : data.reactivateUser);
      if (payload?.errors[0]) { setError(payload.errors[0].message); return; }
    }
    setPending(null);
  }

  const dialog = {
    deactivate: {
      title: `Deactivate ${u.name}?`,
      confirmLabel: 'Deactivate',
      body: `${u.name} will be signed out everywhere and cannot sign in until reactivated. Their 1:1 history is kept.`,
    },
    reactivate: {
      title: `Reactivate ${u.name}?`,
      confirmLabel: 'Reactivate',
      body: `${u.name} will be able to sign in again.`,
    },
    reset: {
      title: `Reset ${u.name}’s password?`,
      confirmLabel: 'Reset password',
      body: `Their current password stops working and they are signed out. You get a temporary password to pass on.`,
    },
  } as const;
  const current = pending ? dialog[pending] : null;

  return (
    <div className="stack">
      {temporaryPassword ? <TemporaryPassword name={u.name} password={temporaryPassword} /> : null}
      <div className="setting-row">
        <div>
          <p className="setting-row__title">Password</p>
          <p className="muted">Generate a temporary password that must be changed at the next sign-in.</p>
        </div>
        <Button onClick={() => setPending('reset')} disabled={!u.isActive}>
          Reset password
        </Button>
      </div>
      <div className="setting-row">
        <div>
          <p className="setting-row__title">{u.isActive ? 'Deactivate account' : 'Account deactivated'}</p>
          <p className="muted">
            {u.isActive
              ? isSelf
                ? 'You cannot deactivate your own account.'
                : 'Stops them from signing in. Nothing is deleted.'
              : `${u.name} cannot sign in.`}
          </p>
        </div>
        {u.isActive ? (
          <Button variant="danger" onClick={() => setPending('deactivate')} disabled={isSelf}>
            Deactivate
          </Button>
        ) : (
          <Button variant="primary" onClick={() => setPending('reactivate')}>
            Reactivate
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={current !== null}
        title={current?.title ?? ''}
        confirmLabel={current?.confirmLabel ?? ''}
        confirmVariant={pending === 'reactivate' ? 'primary' : 'danger'}
        busy={busy}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setPending(null);
          setError(null);
        }}
      >
        <p>{current?.body}</p>
      </ConfirmDialog>
    </div>
  );
}
