export const GRAPHQL_PATH = '/graphql';

/** ws://host/graphql or wss://host/graphql on the page's own origin. */
export function graphqlWebSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${GRAPHQL_PATH}`;
}
