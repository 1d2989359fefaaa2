import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { formatDateTime } from '../../../lib/dates';
import { describeError, hasFormErrors, noFormErrors, toFormErrors, type FormErrors as Errors } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { CheckboxField, FormErrors, TextField } from '../../../ui/Field';
import { Alert } from '../../../ui/Status';
import { PersonPicker, type PickedPerson } from '../../people/components/PersonPicker';
import { adminUserPath } from '../utils/paths';
import { TimeZoneSelect } from './TimeZoneSelect';

const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        name
        email
        ...UserTableRow_user
      }
      invitationExpiresAt
      errors {
        field
        message
        code
      }
    }
  }
`);

const FIELDS = ['name', 'email', 'title', 'timezone', 'managerId', 'isAdmin'];

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

interface Created {
  id: string;
  name: string;
  email: string;
  until: string | null;
}

export function CreateUserForm() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [title, setTitle] = useState('');
  const [timezone, setTimezone] = useState(browserTimeZone);
  const [manager, setManager] = useState<PickedPerson | null>(null);
  const [isAdmin, setIsAdmin] = useState(false);
  const [errors, setErrors] = useState<Errors>(noFormErrors);
  const [created, setCreated] = useState<Created | null>(null);
  const [{ fetching }, createUser] = useMutation(CreateUserMutation);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const local: { field: string; message: string }[] = [];
    if (!name.trim()) local.push({ field: 'name', message: 'Enter a name.' });
    if (!email.trim()) local.push({ field: 'email', message: 'Enter an email address.' });
    if (local.length) {
      setErrors(toFormErrors(local, FIELDS));
      return;
    }
    setErrors(noFormErrors);
    const result = await createUser({
      input: { name: name.trim(), email: email.trim(), title: title.trim(), timezone, managerId: manager?.id ?? null, isAdmin },
    });
    if (result.error) {
      setErrors({ fields: {}, form: [describeError(result.error)] });
      return;
    }
    const payload = result.data?.createUser;
    if (!payload) return;
    const payloadErrors = toFormErrors(payload.errors, FIELDS);
    if (hasFormErrors(payloadErrors)) {
      setErrors(payloadErrors);
      return;
    }
    if (payload.user) {
      setCreated({ id: payload.user.id, name: payload.user.name, email: payload.user.email, until: payload.invitationExpiresAt ?? null });
    }
  }

  function reset() {
    setName('');
    setEmail('');
    setTitle('');
    setManager(null);
    setIsAdmin(false);
    setCreated(null);
  }

  if (created) {
    return (
      <div className="stack">
        <Alert tone="success" title={`${created.name} was added`}>
          <p>
            An invitation to choose a password was sent to {created.email}
            {created.until ? `; the link works until ${formatDateTime(created.until)}` : ''}. Nobody else ever sees the
            password.
          </p>
          <p>
            <Link to={adminUserPath(created.id)}>Open {created.name}’s account</Link>
          </p>
        </Alert>
        <div>
          <Button onClick={reset}>Add another user</Button>
        </div>
      </div>
    );
  }

  return (
    <form className="form form--grid" onSubmit={(event) => void submit(event)} noValidate aria-label="Add a user">
      <div className="form__full">
        <FormErrors messages={errors.form} />
      </div>
      <TextField label="Full name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={errors.fields.name} />
      <TextField
        label="Email"
        type="email"
        autoComplete="off"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.fields.email}
      />
      <TextField label="Job title" value={title} onChange={(e) => setTitle(e.target.value)} error={errors.fields.title} />
      <TimeZoneSelect value={timezone} onChange={setTimezone} error={errors.fields.timezone} />
      <div className="form__full">
        <PersonPicker
          label="Manager"
          hint="Optional. Whom this person reports to."
          value={manager}
          onChange={setManager}
          error={errors.fields.managerId}
        />
      </div>
      <div className="form__full">
        <CheckboxField
          label="Administrator"
          hint="Admins manage users. They never see the content of anyone’s 1:1s."
          checked={isAdmin}
          onChange={(e) => setIsAdmin(e.target.checked)}
          error={errors.fields.isAdmin}
        />
      </div>
      <p className="form__full muted">A temporary password is generated; the person changes it when they first sign in.</p>
      <div className="form__full">
        <Button type="submit" variant="primary" busy={fetching}>
          Add user
        </Button>
      </div>
    </form>
  );
}
