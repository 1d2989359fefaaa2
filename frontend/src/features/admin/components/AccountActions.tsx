import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { describeError } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { formatDateTime } from '../../../lib/dates';
import { ConfirmDialog } from '../../../ui/Dialog';
import { Alert } from '../../../ui/Status';

export const AccountActionsFragment = graphql(`
  fragment AccountActions_user on User {
    id
    name
    email
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
      }
      linkExpiresAt
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
  const [linkSent, setLinkSent] = useState<{ to: string; until: string } | null>(null);
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
      setLinkSent({ to: u.email, until: payload?.linkExpiresAt ?? '' });
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
      title: `Send ${u.name} a password reset link?`,
      confirmLabel: 'Send link',
      body: `Their current password stops working and they are signed out everywhere. ${u.name} gets an email at ${u.email} with a single-use link to choose a new password — nobody else sees it.`,
    },
  } as const;
  const current = pending ? dialog[pending] : null;

  return (
    <div className="stack">
      {linkSent ? (
        <Alert tone="success" title="Password reset link sent">
          <p>
            {u.name} got an email at {linkSent.to}. The link works once, until {formatDateTime(linkSent.until)}.
          </p>
        </Alert>
      ) : null}
      <div className="setting-row">
        <div>
          <p className="setting-row__title">Password</p>
          <p className="muted">Email {u.name} a single-use link to choose a new password. You never see it.</p>
        </div>
        <Button onClick={() => setPending('reset')} disabled={!u.isActive}>
          Send password reset link
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
