import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { formatDate, formatDateTime, formatRelative } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { Badge } from '../../../ui/Card';
import { ConfirmDialog } from '../../../ui/Dialog';
import { TOKEN_STATUS_LABEL, tokenStatus } from '../utils/tokenStatus';

export const TokenRowFragment = graphql(`
  fragment TokenRow_personalAccessToken on PersonalAccessToken {
    id
    name
    scope
    createdAt
    lastUsedAt
    expiresAt
    revokedAt
    isActive
  }
`);

const RevokeTokenMutation = graphql(`
  mutation RevokePersonalAccessToken($input: RevokePersonalAccessTokenInput!) {
    revokePersonalAccessToken(input: $input) {
      token {
        id
        ...TokenRow_personalAccessToken
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

const STATUS_TONE = { active: 'success', expired: 'warning', revoked: 'neutral' } as const;

export function TokenRow({ token }: { token: FragmentType<typeof TokenRowFragment> }) {
  const t = getFragmentData(TokenRowFragment, token);
  const status = tokenStatus(t);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, revoke] = useMutation(RevokeTokenMutation);

  async function confirmRevoke() {
    setError(null);
    const result = await revoke({ input: { id: t.id } });
    if (result.error) {
      setError(describeError(result.error));
      return;
    }
    const firstError = result.data?.revokePersonalAccessToken.errors[0];
    if (firstError) {
      setError(firstError.message);
      return;
    }
    setConfirming(false);
  }

  return (
    <tr>
      <th scope="row" data-label="Name">
        {t.name}
      </th>
      <td data-label="Scope">
        <Badge tone={t.scope === 'WRITE' ? 'accent' : 'neutral'}>{t.scope === 'WRITE' ? 'Read & write' : 'Read'}</Badge>
      </td>
      <td data-label="Created">
        <time dateTime={t.createdAt} title={formatDateTime(t.createdAt)}>
          {formatDate(t.createdAt)}
        </time>
      </td>
      <td data-label="Last used">
        {t.lastUsedAt ? (
          <time dateTime={t.lastUsedAt} title={formatDateTime(t.lastUsedAt)}>
            {formatRelative(t.lastUsedAt)}
          </time>
        ) : (
          <span className="muted">Never</span>
        )}
      </td>
      <td data-label="Expires">
        {t.expiresAt ? (
          <time dateTime={t.expiresAt} title={formatDateTime(t.expiresAt)}>
            {formatDate(t.expiresAt)}
          </time>
        ) : (
          <span className="muted">Never</span>
        )}
      </td>
      <td data-label="Status">
        <Badge tone={STATUS_TONE[status]}>{TOKEN_STATUS_LABEL[status]}</Badge>
      </td>
      <td className="table__actions">
        {status === 'active' ? (
          <Button size="sm" variant="danger" onClick={() => setConfirming(true)} aria-label={`Revoke ${t.name}`}>
            Revoke
          </Button>
        ) : null}
        <ConfirmDialog
          open={confirming}
          title={`Revoke “${t.name}”?`}
          confirmLabel="Revoke token"
          busy={fetching}
          error={error}
          onConfirm={() => void confirmRevoke()}
          onCancel={() => {
            setConfirming(false);
            setError(null);
          }}
        >
          <p>Programs using this token will stop working at once. This cannot be undone.</p>
        </ConfirmDialog>
      </td>
    </tr>
  );
}
