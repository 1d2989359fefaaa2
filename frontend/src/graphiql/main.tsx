// The GraphQL IDE at GET /graphql: GraphiQL with its editor workers bundled (nothing from a CDN).
import 'graphiql/setup-workers/vite';
// Not 'graphiql/style.css': that CDN build inlines fonts as data: URIs, which the CSP (font-src 'self') refuses.
import 'graphiql/graphiql.css';
import '@graphiql/react/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createClient } from 'graphql-ws';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { csrfHeaders } from '../lib/csrf';
import { GRAPHQL_PATH, graphqlWebSocketUrl } from '../lib/endpoints';

/** Same-origin POST with the session cookie and the CSRF header read fresh on every request. */
const fetchWithSession: typeof fetch = (input, init) =>
  fetch(input, {
    ...init,
    credentials: 'same-origin',
    headers: { ...(init?.headers as Record<string, string> | undefined), ...csrfHeaders() },
  });

const fetcher = createGraphiQLFetcher({
  url: GRAPHQL_PATH,
  fetch: fetchWithSession,
  wsClient: createClient({ url: graphqlWebSocketUrl(window.location), lazy: true }),
});

const DEFAULT_QUERY = `# Welcome to the Tandem GraphQL API.
# You are signed in with your browser session; programs use a personal access token
# (Settings → Personal access tokens) as "Authorization: Bearer <token>".

query Me {
  viewer {
    id
    name
    email
    reports(first: 10) {
      totalCount
      edges {
        node {
          name
          title
        }
      }
    }
  }
}
`;

const container = document.getElementById('graphiql');
if (!container) throw new Error('graphiql.html has no #graphiql element');

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
