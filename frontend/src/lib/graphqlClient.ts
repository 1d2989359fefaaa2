import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { emitAuthEvent } from './authEvents';
import { csrfHeaders } from './csrf';
import { GRAPHQL_PATH, graphqlWebSocketUrl } from './endpoints';
import { classifyError } from './errors';


export interface GraphQLClient {
  client: Client;
  /** Closes the WebSocket; call when the session changes (sign-in, sign-out). */
  dispose: () => void;
}

/**
 * urql over HTTP POST for queries and mutations, graphql-transport-ws for subscriptions, both on
 * the same origin. The session cookie authenticates both; every HTTP request carries the CSRF
 * header. Session errors are reported through authEvents.
 */
export function createGraphQLClient(): GraphQLClient {
  const ws: WsClient = createWsClient({
    url: graphqlWebSocketUrl(window.location),
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const delay = Math.min(30_000, 1000 * 2 ** retries) * (0.5 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, delay));
    },
  });

  const client = new Client({
    url: GRAPHQL_PATH,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { ...csrfHeaders() },
    }),
    exchanges: [
      mapExchange({
        onError(error) {
          const kind = classifyError(error).kind;
          if (kind === 'unauthenticated' || kind === 'password-change-required') emitAuthEvent(kind);
        },
      }),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });

  return {
    client,
    dispose: () => {
      void ws.dispose();
    },
  };
}
