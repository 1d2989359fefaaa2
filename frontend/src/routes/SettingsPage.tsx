import { useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { ChangePasswordForm } from '../features/auth/components/ChangePasswordForm';
import { SignOutEverywhere } from '../features/auth/components/SignOutEverywhere';
import { CalendarFeedSection } from '../features/calendar/components/CalendarFeedSection';
import { NotificationPreferencesForm } from '../features/notifications/components/NotificationPreferencesForm';
import { NOTIFICATION_SETTINGS_ANCHOR } from '../features/notifications/utils/paths';
import { TEMPLATES_PATH } from '../features/templates/utils/paths';
import { CreateTokenForm } from '../features/tokens/components/CreateTokenForm';
import { TokenList } from '../features/tokens/components/TokenList';
import { graphql } from '../gql';
import { useDocumentTitle, useScrollToHash } from '../lib/hooks';
import { Card, PageHeader } from '../ui/Card';
import { Alert, LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const SettingsPageQuery = graphql(`
  query SettingsPage {
    viewer {
      id
      ...NotificationPreferencesForm_user
      ...CalendarFeedSection_user
      ...TokenList_user
    }
  }
`);

export function SettingsPage() {
  useDocumentTitle('Settings');
  // A first token must refresh an empty list too, which holds no PersonalAccessToken to invalidate.
  const context = useMemo(() => ({ additionalTypenames: ['PersonalAccessToken'] }), []);
  const [{ data, error }, reexecute] = useQuery({ query: SettingsPageQuery, context });
  const [passwordChanged, setPasswordChanged] = useState(false);
  const location = useLocation();
  useScrollToHash(location, Boolean(data));
  const retry = () => reexecute({ requestPolicy: 'network-only' });

  /** A section's content once the page's query has answered. */
  function loaded(label: string, content: (viewer: NonNullable<typeof data>['viewer']) => ReactNode) {
    if (data) return content(data.viewer);
    if (error) return <QueryError error={error} onRetry={retry} />;
    return <LoadingState label={label} />;
  }

  return (
    <>
      <PageHeader title="Settings" description="Your password, notifications, calendar, API tokens and sessions." />
      <div className="stack stack--lg">
        <Card title="Password" titleId="settings-password">
          <div className="narrow-form">
            {passwordChanged ? (
              <Alert tone="success">
                <p>Your password was changed.</p>
              </Alert>
            ) : null}
            <ChangePasswordForm onChanged={() => setPasswordChanged(true)} />
          </div>
        </Card>
        <Card title="Notifications" titleId={NOTIFICATION_SETTINGS_ANCHOR}>
          <p className="muted spaced">
            Choose how you hear about each kind of news: in the app’s bell, by email, both or neither.
          </p>
          {loaded('Loading notification settings…', (viewer) => (
            <NotificationPreferencesForm user={viewer} />
          ))}
        </Card>
        <Card title="Calendar" titleId="settings-calendar">
          {loaded('Loading calendar settings…', (viewer) => (
            <CalendarFeedSection user={viewer} />
          ))}
        </Card>
        <Card title="Personal access tokens" titleId="settings-tokens">
          <p className="muted spaced">
            Tokens let scripts and other programs use the Tandem GraphQL API as you. Treat them like passwords.
          </p>
          {loaded('Loading tokens…', (viewer) => (
            <TokenList user={viewer} />
          ))}
          <h3 className="subheading">New token</h3>
          <CreateTokenForm />
        </Card>
        <Card title="Templates" titleId="settings-templates">
          <p className="muted spaced">Sections of talking points that new 1:1s start their agendas from.</p>
          <Link to={TEMPLATES_PATH}>Manage templates</Link>
        </Card>
        <Card title="Sessions" titleId="settings-sessions">
          <SignOutEverywhere />
        </Card>
      </div>
    </>
  );
}
