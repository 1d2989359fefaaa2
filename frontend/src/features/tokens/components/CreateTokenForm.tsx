import { useId, useState, type SubmitEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { TokenScope } from '../../../gql/graphql';
import { formatDate } from '../../../lib/dates';
import { describeError, hasFormErrors, noFormErrors, toFormErrors, type FormErrors as Errors } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { CopyButton } from '../../../ui/CopyButton';
import { FormErrors, TextField } from '../../../ui/Field';
import { Alert } from '../../../ui/Status';
import { parseExpiryDays } from '../utils/tokenStatus';

const CreateTokenMutation = graphql(`
  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {
    createPersonalAccessToken(input: $input) {
      token {
        id
        name
        expiresAt
        ...TokenRow_personalAccessToken
      }
      secret
      errors {
        field
        message
        code
      }
    }
  }
`);

const FIELDS = ['name', 'scope', 'expiresInDays'];

interface Created {
  name: string;
  secret: string;
  expiresAt: string | null;
}

/** Names a new token, picks its scope and lifetime, then shows the secret exactly once. */
export function CreateTokenForm() {
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('READ');
  const [expiry, setExpiry] = useState('90');
  const [errors, setErrors] = useState<Errors>(noFormErrors);
  const [created, setCreated] = useState<Created | null>(null);
  const [{ fetching }, create] = useMutation(CreateTokenMutation);
  const scopeId = useId();

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const local: { field: string; message: string }[] = [];
    if (!name.trim()) local.push({ field: 'name', message: 'Give the token a name, e.g. the program that uses it.' });
    const days = parseExpiryDays(expiry);
    if (!days.ok) local.push({ field: 'expiresInDays', message: days.message });
    if (local.length || !days.ok) {
      setErrors(toFormErrors(local, FIELDS));
      return;
    }
    setErrors(noFormErrors);
    const result = await create({ input: { name: name.trim(), scope, expiresInDays: days.days } });
    if (result.error) {
      setErrors({ fields: {}, form: [describeError(result.error)] });
      return;
    }
    const payload = result.data?.createPersonalAccessToken;
    if (!payload) return;
    const payloadErrors = toFormErrors(payload.errors, FIELDS);
    if (hasFormErrors(payloadErrors)) {
      setErrors(payloadErrors);
      return;
    }
    if (payload.token && payload.secret) {
      setCreated({ name: payload.token.name, secret: payload.secret, expiresAt: payload.token.expiresAt });
      setName('');
      setScope('READ');
      setExpiry('90');
    }
  }

  if (created) {
    return (
      <div className="secret-box">
        <Alert tone="warning" title={`Copy your new token “${created.name}” now`}>
          <p>This is the only time it is shown. Store it somewhere safe, such as a password manager.</p>
        </Alert>
        <div className="secret">
          <code className="secret__value" aria-label="New token">
            {created.secret}
          </code>
          <CopyButton text={created.secret} label="Copy token" />
        </div>
        <p className="muted">
          {created.expiresAt ? `It expires on ${formatDate(created.expiresAt)}.` : 'It does not expire.'} Use it as{' '}
          <code>Authorization: Bearer &lt;token&gt;</code>.
        </p>
        <p className="muted">
          It was made from this browser session: should the session ever be ended as possibly stolen — by a password
          change elsewhere, an administrator’s reset or “Sign out everywhere” — the token is revoked with it.
        </p>
        <Button onClick={() => setCreated(null)}>Done</Button>
      </div>
    );
  }

  return (
    <form className="form form--inline-grid" onSubmit={(event) => void submit(event)} noValidate aria-label="Create a personal access token">
      <FormErrors messages={errors.form} />
      <TextField
        label="Token name"
        value={name}
        maxLength={100}
        onChange={(event) => setName(event.target.value)}
        error={errors.fields.name}
        hint="What will use it, e.g. “Reporting script”."
      />
      <fieldset className="field fieldset" aria-describedby={`${scopeId}-hint`}>
        <legend className="field__label">Scope</legend>
        <div className="radio-row">
          <label className="radio">
            <input type="radio" name="scope" value="READ" checked={scope === 'READ'} onChange={() => setScope('READ')} />
            Read
          </label>
          <label className="radio">
            <input type="radio" name="scope" value="WRITE" checked={scope === 'WRITE'} onChange={() => setScope('WRITE')} />
            Read &amp; write
          </label>
        </div>
        <p className="field__hint" id={`${scopeId}-hint`}>
          Read-only tokens cannot change anything.
        </p>
        {errors.fields.scope ? <p className="field__error">{errors.fields.scope}</p> : null}
      </fieldset>
      <TextField
        label="Expires in (days)"
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        value={expiry}
        onChange={(event) => setExpiry(event.target.value)}
        error={errors.fields.expiresInDays}
        hint="1–365 days. Leave empty for a token that never expires."
      />
      <div>
        <Button type="submit" variant="primary" busy={fetching}>
          Create token
        </Button>
      </div>
    </form>
  );
}
