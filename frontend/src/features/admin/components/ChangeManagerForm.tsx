import { useState, type SubmitEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { describeError, hasFormErrors, noFormErrors, toFormErrors, type FormErrors as Errors } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { FormErrors } from '../../../ui/Field';
import { LiveMessage } from '../../../ui/Status';
import { PersonPicker, type PickedPerson } from '../../people/components/PersonPicker';

export const ChangeManagerFormFragment = graphql(`
  fragment ChangeManagerForm_user on User {
    id
    name
    manager {
      id
      name
      title
    }
  }
`);

const ChangeManagerMutation = graphql(`
  mutation ChangeManager($input: ChangeManagerInput!) {
    changeManager(input: $input) {
      user {
        id
        ...ChangeManagerForm_user
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

/** Moves someone to another manager (or to none). */
export function ChangeManagerForm({ user }: { user: FragmentType<typeof ChangeManagerFormFragment> }) {
  const u = getFragmentData(ChangeManagerFormFragment, user);
  const current: PickedPerson | null = u.manager ? { id: u.manager.id, name: u.manager.name, title: u.manager.title } : null;
  const [manager, setManager] = useState<PickedPerson | null>(current);
  const [errors, setErrors] = useState<Errors>(noFormErrors);
  const [saved, setSaved] = useState('');
  const [{ fetching }, changeManager] = useMutation(ChangeManagerMutation);
  const dirty = (manager?.id ?? null) !== (u.manager?.id ?? null);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setSaved('');
    setErrors(noFormErrors);
    const result = await changeManager({ input: { userId: u.id, managerId: manager?.id ?? null } });
    if (result.error) {
      setErrors({ fields: {}, form: [describeError(result.error)] });
      return;
    }
    const payload = result.data?.changeManager;
    if (!payload) return;
    const payloadErrors = toFormErrors(payload.errors, ['managerId']);
    if (hasFormErrors(payloadErrors)) {
      setErrors(payloadErrors);
      return;
    }
    setSaved(manager ? `${u.name} now reports to ${manager.name}.` : `${u.name} has no manager now.`);
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label="Manager">
      <FormErrors messages={errors.form} />
      <PersonPicker
        label="Reports to"
        hint="The new manager sees none of the earlier 1:1s."
        value={manager}
        onChange={setManager}
        excludeIds={[u.id]}
        error={errors.fields.managerId}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={fetching} disabled={!dirty}>
          Change manager
        </Button>
        {saved ? <span className="saved-note">{saved}</span> : null}
        <LiveMessage message={saved} />
      </div>
    </form>
  );
}
