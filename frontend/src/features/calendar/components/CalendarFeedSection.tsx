import { useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { describeError } from '../../../lib/errors';
import { Button } from '../../../ui/Button';
import { CopyButton } from '../../../ui/CopyButton';
import { ConfirmDialog } from '../../../ui/Dialog';
import { Alert } from '../../../ui/Status';
import { webcalUrl } from '../utils/paths';
import './calendar.css';

export const CalendarFeedSectionFragment = graphql(`
  fragment CalendarFeedSection_user on User {
    id
    calendarFeedUrl
  }
`);

const RegenerateCalendarFeedMutation = graphql(`
  mutation RegenerateCalendarFeed {
    regenerateCalendarFeed {
      calendarFeedUrl
      errors {
        field
        message
        code
      }
    }
  }
`);

/** The viewer's secret calendar feed: create it, copy it, replace it; and how to subscribe. */
export function CalendarFeedSection({ user }: { user: FragmentType<typeof CalendarFeedSectionFragment> }) {
  const u = getFragmentData(CalendarFeedSectionFragment, user);
  // The mutation's answer until the page's query has caught up.
  const [latest, setLatest] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ fetching }, regenerate] = useMutation(RegenerateCalendarFeedMutation);
  const fieldId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // The create button is gone once the feed exists: focus goes on to the new URL instead.
  const focusUrl = useRef(false);
  useEffect(() => {
    if (focusUrl.current && inputRef.current) {
      focusUrl.current = false;
      inputRef.current.focus();
    }
  });
  const url = latest ?? u.calendarFeedUrl;

  async function run(kind: 'create' | 'regenerate') {
    setError(null);
    setNotice(null);
    const result = await regenerate({}, { additionalTypenames: ['User'] });
    const payload = result.data?.regenerateCalendarFeed;
    const failure = result.error ? describeError(result.error) : payload?.errors[0]?.message;
    if (failure || !payload?.calendarFeedUrl) {
      setError(failure ?? 'The calendar feed could not be created. Please try again.');
      return;
    }
    setLatest(payload.calendarFeedUrl);
    setConfirming(false);
    // (After regenerating, the dialog gives focus back to the Regenerate button.)
    if (kind === 'create') focusUrl.current = true;
    setNotice(
      kind === 'create'
        ? 'Your calendar feed is ready. Add it to your calendar app with the steps below.'
        : 'A new URL was made; the old one no longer works. Subscribe again with the new one.',
    );
  }

  return (
    <div className="calendar-feed stack">
      <h3 className="calendar-feed__title">Subscribe in your calendar</h3>
      <p className="muted">
        Subscribe to your Tandem meetings from Outlook, Google Calendar or Apple Calendar. Your calendar app checks the
        feed every few hours, so moved and cancelled meetings follow along.
      </p>
      <Alert tone="warning" title="Keep this URL to yourself">
        <p>
          Whoever has the URL sees the times and titles of your meetings, without signing in. If it gets out, regenerate
          it.
        </p>
      </Alert>
      {notice ? (
        <Alert tone="success">
          <p>{notice}</p>
        </Alert>
      ) : null}
      {error && !confirming ? (
        <Alert tone="error">
          <p>{error}</p>
        </Alert>
      ) : null}
      {url ? (
        <>
          <div className="field calendar-feed__field">
            <label className="field__label" htmlFor={fieldId}>
              Your calendar feed URL
            </label>
            <div className="calendar-feed__row">
              <input
                ref={inputRef}
                id={fieldId}
                className="input mono"
                value={url}
                readOnly
                onFocus={(event) => event.target.select()}
                spellCheck={false}
              />
              <CopyButton text={url} label="Copy URL" />
              <Button size="sm" variant="danger" onClick={() => setConfirming(true)}>
                Regenerate
              </Button>
            </div>
          </div>
          <div className="calendar-feed__howto">
            <h3 className="calendar-feed__howto-title">How to subscribe</h3>
            <details>
              <summary>Outlook</summary>
              <ol>
                <li>Copy the URL above.</li>
                <li>
                  In Outlook on the web, open the calendar and choose <strong>Add calendar</strong> →{' '}
                  <strong>Subscribe from web</strong>. In the Windows app: <strong>Add calendar</strong> →{' '}
                  <strong>From Internet</strong>.
                </li>
                <li>Paste the URL, name it “Tandem” and save.</li>
              </ol>
            </details>
            <details>
              <summary>Google Calendar</summary>
              <ol>
                <li>Copy the URL above.</li>
                <li>
                  On calendar.google.com, next to <strong>Other calendars</strong> choose <strong>+</strong> →{' '}
                  <strong>From URL</strong>.
                </li>
                <li>
                  Paste the URL and choose <strong>Add calendar</strong>. Google refreshes it every few hours.
                </li>
              </ol>
            </details>
            <details>
              <summary>Apple Calendar</summary>
              <ol>
                <li>
                  <a href={webcalUrl(url)}>Open the feed in Apple Calendar</a>, or choose <strong>File</strong> →{' '}
                  <strong>New Calendar Subscription</strong> and paste the URL.
                </li>
                <li>
                  Set <strong>Auto-refresh</strong> to every hour or every day and choose <strong>OK</strong>.
                </li>
                <li>On iPhone: Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar.</li>
              </ol>
            </details>
          </div>
        </>
      ) : (
        <div>
          <Button variant="primary" onClick={() => void run('create')} busy={fetching}>
            Create my calendar feed
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title="Regenerate your calendar feed URL?"
        confirmLabel="Regenerate URL"
        cancelLabel="Keep the current URL"
        busy={fetching}
        error={confirming ? error : null}
        onConfirm={() => void run('regenerate')}
        onCancel={() => {
          setConfirming(false);
          setError(null);
        }}
      >
        <p>
          The current URL stops working at once: calendars subscribed to it stop getting updates. You will need to
          subscribe again with the new URL everywhere you use it.
        </p>
      </ConfirmDialog>
    </div>
  );
}
