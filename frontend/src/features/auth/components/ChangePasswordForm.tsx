import { useState, type SubmitEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { describeError, hasFormErrors, noFormErrors, toFormErrors, type FormErrors as Errors } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { FormErrors, TextField } from '../../../ui/Field';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      user {
        id
        mustChangePassword
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'];

/** Current, new and confirmed password; the server judges strength and says why it refuses. */
export function ChangePasswordForm({
  onChanged,
  submitLabel = 'Change password',
  currentLabel = 'Current password',
}: {
  onChanged: () => void;
  submitLabel?: string;
  currentLabel?: string;
}) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [errors, setErrors] = useState<Errors>(noFormErrors);
  const [{ fetching }, changePassword] = useMutation(ChangePasswordMutation);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const local: { field: string; message: string }[] = [];
    if (!currentPassword) local.push({ field: 'currentPassword', message: 'Enter your current password.' });
    if (!newPassword) local.push({ field: 'newPassword', message: 'Choose a new password.' });
    if (newPassword && confirmPassword !== newPassword) {
      local.push({ field: 'confirmPassword', message: 'The two new passwords do not match.' });
    }
    if (local.length) {
      setErrors(toFormErrors(local, FIELDS));
      return;
    }
    setErrors(noFormErrors);
    const result = await changePassword({ input: { currentPassword, newPassword } });
    if (result.error) {
      setErrors({ fields: {}, form: [describeError(result.error)] });
      return;
    }
    const payload = result.data?.changePassword;
    if (!payload) return;
    const payloadErrors = toFormErrors(payload.errors, FIELDS);
    if (hasFormErrors(payloadErrors)) {
      setErrors(payloadErrors);
      return;
    }
    setCurrentPassword('');
    setNewPassword('');
    setConfirmPassword('');
    onChanged();
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormErrors messages={errors.form} />
      <TextField
        label={currentLabel}
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={(event) => setCurrentPassword(event.target.value)}
        error={errors.fields.currentPassword}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        value={newPassword}
        onChange={(event) => setNewPassword(event.target.value)}
        error={errors.fields.newPassword}
        hint="At least 10 characters. A long passphrase you use nowhere else is best."
      />
      <TextField
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        value={confirmPassword}
        onChange={(event) => setConfirmPassword(event.target.value)}
        error={errors.fields.confirmPassword}
      />
      <Button type="submit" variant="primary" busy={fetching}>
        {submitLabel}
      </Button>
    </form>
  );
}
