import { useState, type SubmitEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { describeError, hasFormErrors, noFormErrors, toFormErrors, type FormErrors as Errors } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { CheckboxField, FormErrors, TextField } from '../../../ui/Field';
import { LiveMessage } from '../../../ui/Status';
import { TimeZoneSelect } from './TimeZoneSelect';

export const EditUserFormFragment = graphql(`
  fragment EditUserForm_user on User {
    id
    name
    email
    pendingEmail
    title
    timezone
    isAdmin
  }
`);

const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        id
        ...EditUserForm_user
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

const FIELDS = ['name', 'email', 'title', 'timezone', 'isAdmin'];

/** Name, email, title, time zone and admin flag of one user. */
export function EditUserForm({ user, isSelf }: { user: FragmentType<typeof EditUserFormFragment>; isSelf: boolean }) {
  const u = getFragmentData(EditUserFormFragment, user);
  const [name, setName] = useState(u.name);
  const [email, setEmail] = useState(u.email);
  const [title, setTitle] = useState(u.title);
  const [timezone, setTimezone] = useState(u.timezone);
  const [isAdmin, setIsAdmin] = useState(u.isAdmin);
  const [errors, setErrors] = useState<Errors>(noFormErrors);
  const [saved, setSaved] = useState('');
  const [{ fetching }, update] = useMutation(UpdateUserMutation);

  const dirty = name !== u.name || email !== u.email || title !== u.title || timezone !== u.timezone || isAdmin !== u.isAdmin;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setSaved('');
    const local: { field: string; message: string }[] = [];
    if (!name.trim()) local.push({ field: 'name', message: 'Enter a name.' });
    if (!email.trim()) local.push({ field: 'email', message: 'Enter an email address.' });
    if (local.length) {
      setErrors(toFormErrors(local, FIELDS));
      return;
    }
    setErrors(noFormErrors);
    const result = await update({
      input: { id: u.id, name: name.trim(), email: email.trim(), title: title.trim(), timezone, isAdmin },
    });
    if (result.error) {
      setErrors({ fields: {}, form: [describeError(result.error)] });
      return;
    }
    const payload = result.data?.updateUser;
    if (!payload) return;
    const payloadErrors = toFormErrors(payload.errors, FIELDS);
    if (hasFormErrors(payloadErrors)) {
      setErrors(payloadErrors);
      return;
    }
    const changed = payload.user ? getFragmentData(EditUserFormFragment, payload.user) : null;
    if (changed?.pendingEmail && changed.pendingEmail === email.trim()) {
      // The address changes only once it is confirmed from there: keep showing the current one.
      setEmail(changed.email);
      setSaved(`Changes saved. A confirmation link was sent to ${changed.pendingEmail}.`);
      return;
    }
    setSaved('Changes saved.');
  }

  return (
    <form className="form form--grid" onSubmit={(event) => void submit(event)} noValidate aria-label="Profile">
      <div className="form__full">
        <FormErrors messages={errors.form} />
      </div>
      <TextField label="Full name" value={name} onChange={(e) => setName(e.target.value)} error={errors.fields.name} />
      <TextField
        label="Email"
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.fields.email}
        hint={u.pendingEmail ? `Pending: ${u.pendingEmail} (waiting for confirmation)` : 'A new address applies once it is confirmed from there.'}
      />
      <TextField label="Job title" value={title} onChange={(e) => setTitle(e.target.value)} error={errors.fields.title} />
      <TimeZoneSelect value={timezone} onChange={setTimezone} error={errors.fields.timezone} />
      <div className="form__full">
        <CheckboxField
          label="Administrator"
          hint={isSelf ? 'You cannot remove your own admin rights.' : 'Admins manage users; they never see 1:1 content.'}
          checked={isAdmin}
          disabled={isSelf}
          onChange={(e) => setIsAdmin(e.target.checked)}
          error={errors.fields.isAdmin}
        />
      </div>
      <div className="form__full form__actions">
        <Button type="submit" variant="primary" busy={fetching} disabled={!dirty}>
          Save changes
        </Button>
        {saved ? <span className="saved-note">{saved}</span> : null}
        <LiveMessage message={saved} />
      </div>
    </form>
  );
}
