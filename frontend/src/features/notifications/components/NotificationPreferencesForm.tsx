import { useState, type SubmitEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { describeError } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { FormErrors, SelectField } from '../../../ui/Field';
import { LiveMessage } from '../../../ui/Status';
import { NOTIFICATION_KINDS } from '../utils/kinds';
import { draftFromSaved, reminderOptions, sameDraft, toggleChoice, toInput, type PreferencesDraft } from '../utils/preferences';
import './notifications.css';

export const NotificationPreferencesFormFragment = graphql(`
  fragment NotificationPreferencesForm_user on User {
    id
    notificationPreferences {
      kind
      inApp
      email
    }
    reminderMinutes
  }
`);

const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      preferences {
        kind
        inApp
        email
      }
      reminderMinutes
      errors {
        field
        message
        code
      }
    }
  }
`);

/** Per kind of notification: in the app, by email, both or neither; and when reminders come. */
export function NotificationPreferencesForm({ user }: { user: FragmentType<typeof NotificationPreferencesFormFragment> }) {
  const u = getFragmentData(NotificationPreferencesFormFragment, user);
  const saved = draftFromSaved(u.notificationPreferences, u.reminderMinutes);
  const [basis, setBasis] = useState<PreferencesDraft>(saved);
  const [draft, setDraft] = useState<PreferencesDraft>(saved);
  const [state, setState] = useState<{ status: 'idle' | 'saved' } | { status: 'error'; messages: string[] }>({ status: 'idle' });
  const [{ fetching }, update] = useMutation(UpdateNotificationPreferencesMutation);

  // Fresh data from the server replaces the form's values, unless they were being edited.
  if (!sameDraft(saved, basis)) {
    setBasis(saved);
    if (sameDraft(draft, basis)) setDraft(saved);
  }
  const dirty = !sameDraft(draft, basis);

  function change(next: PreferencesDraft) {
    setDraft(next);
    setState({ status: 'idle' });
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setState({ status: 'idle' });
    // Refetch the settings page (its viewer) so the saved choices are what it shows from now on.
    const result = await update({ input: toInput(draft) }, { additionalTypenames: ['User'] });
    if (result.error) {
      setState({ status: 'error', messages: [describeError(result.error)] });
      return;
    }
    const payload = result.data?.updateNotificationPreferences;
    if (!payload) return;
    if (payload.errors.length) {
      setState({ status: 'error', messages: payload.errors.map((error) => error.message) });
      return;
    }
    const now = draftFromSaved(payload.preferences, payload.reminderMinutes);
    setBasis(now);
    setDraft(now);
    setState({ status: 'saved' });
  }

  return (
    <form className="form pref-form" onSubmit={(event) => void submit(event)} noValidate aria-label="Notification settings">
      <FormErrors messages={state.status === 'error' ? state.messages : []} />
      <div className="table-wrap">
        <table className="table pref-table">
          <caption className="visually-hidden">How you hear about each kind of notification</caption>
          <thead>
            <tr>
              <th scope="col">Notify me when</th>
              <th scope="col">In app</th>
              <th scope="col">Email</th>
            </tr>
          </thead>
          <tbody>
            {NOTIFICATION_KINDS.map(({ kind, label, description }) => (
              <tr key={kind}>
                <th scope="row">
                  <span className="pref-table__label">{label}</span>
                  <span className="pref-table__description">{description}</span>
                </th>
                <td>
                  <input
                    type="checkbox"
                    className="checkbox"
                    aria-label={`${label}: in app`}
                    checked={draft.choices[kind].inApp}
                    onChange={(event) => change(toggleChoice(draft, kind, 'inApp', event.target.checked))}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    className="checkbox"
                    aria-label={`${label}: email`}
                    checked={draft.choices[kind].email}
                    onChange={(event) => change(toggleChoice(draft, kind, 'email', event.target.checked))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="pref-form__reminder">
        <SelectField
          label="Remind me of meetings"
          value={draft.reminder}
          onChange={(event) => change({ ...draft, reminder: event.target.value })}
          hint={
            draft.choices.REMINDER.inApp || draft.choices.REMINDER.email
              ? 'Sent the way the “Reminders” row above says.'
              : 'Reminders are switched off in the table above, so none are sent.'
          }
        >
          {reminderOptions(draft.reminder).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={fetching}>
          Save notification settings
        </Button>
        {state.status === 'saved' ? (
          <span className="saved-note" aria-hidden="true">
            Saved
          </span>
        ) : dirty ? (
          <span className="muted">Unsaved changes</span>
        ) : null}
        <LiveMessage message={state.status === 'saved' ? 'Notification settings saved.' : ''} />
      </div>
    </form>
  );
}
