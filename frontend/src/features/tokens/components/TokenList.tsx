import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { EmptyState } from '../../../ui/Status';
import { sortTokens } from '../utils/tokenStatus';
import { TokenRow } from './TokenRow';

export const TokenListFragment = graphql(`
  fragment TokenList_user on User {
    id
    personalAccessTokens {
      id
      createdAt
      expiresAt
      revokedAt
      ...TokenRow_personalAccessToken
    }
  }
`);

/** The viewer's personal access tokens, active ones first. */
export function TokenList({ user }: { user: FragmentType<typeof TokenListFragment> }) {
  const { personalAccessTokens } = getFragmentData(TokenListFragment, user);
  const tokens = sortTokens(personalAccessTokens ?? []);
  if (tokens.length === 0) {
    return (
      <EmptyState title="No personal access tokens yet">
        <p>Create one to let a script or another program use the Tandem API as you.</p>
      </EmptyState>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">Your personal access tokens</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Scope</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <TokenRow key={token.id} token={token} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
