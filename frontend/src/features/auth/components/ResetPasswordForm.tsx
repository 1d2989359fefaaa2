import { useState, type SubmitEvent } from 'react';
import { setPasswordWithLink } from '../../../lib/authLinks';
import { Button } from '../../../ui/Button';
import { FormErrors, TextField } from '../../../ui/Field';

interface Errors {
  form: string[];
  password?: string;
  confirm?: string;
}

/** A new password, twice, set with an emailed reset link; the server judges its strength. */
export function ResetPasswordForm({
  token,
  onDone,
  submitLabel = 'Save new password',
}: {
  token: string;
  onDone: () => void;
  submitLabel?: string;
}) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Errors>({ form: [] });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!password) { setErrors({ form: [], password: 'Choose a new password.' }); return; }
    if (confirm !== password) { setErrors({ form: [], confirm: 'The two passwords do not match.' }); return; }
    setBusy(true);
    setErrors({ form: [] });
    const result = await setPasswordWithLink(token, password);
    setBusy(false);
    if (result.ok) { onDone(); return; }
    if (result.reason === 'weak-password') { setErrors({ form: [], password: result.message }); return; }
    setErrors({ form: [result.message] });
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label="Set a new password">
      <FormErrors messages={errors.form} />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        autoFocus
        hint="At least 10 characters; not your name, your email or a common password."
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.password}
      />
      <TextField
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(event) => setConfirm(event.target.value)}
        error={errors.confirm}
      />
      <Button type="submit" variant="primary" busy={busy} className="btn--block">
        {submitLabel}
      </Button>
    </form>
  );
}
