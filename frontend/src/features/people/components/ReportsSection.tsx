import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/Status';
import { PersonList, PersonListItem } from './PersonListItem';

export const ReportsSectionFragment = graphql(`
  fragment ReportsSection_user on User {
    id
    reports(first: 50) {
      totalCount
      edges {
        node {
          id
          ...PersonListItem_user
        }
      }
    }
  }
`);

/** The people who report to someone. */
export function ReportsSection({
  user,
  title,
  emptyText,
}: {
  user: FragmentType<typeof ReportsSectionFragment>;
  title: string;
  emptyText: string;
}) {
  const { id, reports } = getFragmentData(ReportsSectionFragment, user);
  const headingId = `reports-${id}`;
  const shown = reports.edges.length;
  return (
    <Card
      title={
        <>
          {title} <span className="count">{reports.totalCount}</span>
        </>
      }
      titleId={headingId}
    >
      {shown === 0 ? (
        <EmptyState title={emptyText} />
      ) : (
        <>
          <PersonList label={title}>
            {reports.edges.map(({ node }) => (
              <PersonListItem key={node.id} user={node} showManager={false} />
            ))}
          </PersonList>
          {reports.totalCount > shown ? (
            <p className="muted list-footnote">
              Showing {shown} of {reports.totalCount}.
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}
