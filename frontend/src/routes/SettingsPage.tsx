import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ChangePasswordForm } from '../features/auth/components/ChangePasswordForm';
import { SignOutEverywhere } from '../features/auth/components/SignOutEverywhere';
import { TEMPLATES_PATH } from '../features/templates/utils/paths';
import { CreateTokenForm } from '../features/tokens/components/CreateTokenForm';
import { TokenList } from '../features/tokens/components/TokenList';
import { graphql } from '../gql';
import { useDocumentTitle } from '../lib/hooks';
import { Card, PageHeader } from '../ui/Card';
import { Alert, LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const SettingsPageQuery = graphql(`
  query SettingsPage {
    viewer {
      id
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

  return (
    <>
      <PageHeader title="Settings" description="Your password, API tokens and sessions." />
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
        <Card title="Personal access tokens" titleId="settings-tokens">
          <p className="muted spaced">
            Tokens let scripts and other programs use the Tandem GraphQL API as you. Treat them like passwords.
          </p>
          {data ? (
            <TokenList user={data.viewer} />
          ) : error ? (
            <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
          ) : (
            <LoadingState label="Loading tokens…" />
          )}
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
