import { useMemo } from 'react';
import { useQuery } from 'urql';
import { YourActionItemsSection } from '../features/actions/components/YourActionItemsSection';
import { ManagerSection } from '../features/people/components/ManagerSection';
import { PersonCard } from '../features/people/components/PersonCard';
import { ReportsSection } from '../features/people/components/ReportsSection';
import { UpcomingMeetingsSection } from '../features/oneonones/components/UpcomingMeetingsSection';
import { graphql } from '../gql';
import { useDocumentTitle } from '../lib/hooks';
import { Card, PageHeader } from '../ui/Card';
import { LoadingState } from '../ui/Status';
import { QueryError } from './shared';

const HomePageQuery = graphql(`
  query HomePage {
    viewer {
      id
      name
      ...PersonCard_user
      ...ManagerSection_user
      ...ReportsSection_user
      ...UpcomingMeetingsSection_user
      ...YourActionItemsSection_user
    }
  }
`);

function greeting(now: Date): string {
  const hour = now.getHours();
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export function HomePage() {
  useDocumentTitle('Home');
  // A first meeting must refresh an empty list too, which holds no Meeting to invalidate.
  const context = useMemo(() => ({ additionalTypenames: ['Meeting', 'ActionItem'] }), []);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: HomePageQuery, context });
  const retry = () => reexecute({ requestPolicy: 'network-only' });

  if (!data) {
    if (error) return <QueryError error={error} onRetry={retry} />;
    return <LoadingState label={fetching ? 'Loading your home page…' : 'Loading…'} />;
  }
  const { viewer } = data;
  const firstName = viewer.name.split(' ')[0] ?? viewer.name;
  return (
    <>
      <PageHeader title={`${greeting(new Date())}, ${firstName}`} description="Your meetings and your team at a glance." />
      <div className="home-grid">
        <div className="home-grid__side">
          <Card>
            <PersonCard user={viewer} />
          </Card>
          <ManagerSection user={viewer} title="Your manager" emptyText="You have no manager in Tandem." />
        </div>
        <div className="home-grid__main">
          <UpcomingMeetingsSection user={viewer} />
          <YourActionItemsSection user={viewer} />
          <ReportsSection user={viewer} title="Your reports" emptyText="No one reports to you." />
        </div>
      </div>
    </>
  );
}
