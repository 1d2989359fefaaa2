import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { emitAuthEvent } from './authEvents';
import { csrfHeaders } from './csrf';
import { GRAPHQL_PATH, graphqlWebSocketUrl } from './endpoints';
import { classifyError } from './errors';


/** The subscription socket came up (first time or after a drop), or went down. */
export type LiveConnectionEvent = 'connected' | 'closed';

export interface GraphQLClient {
  client: Client;
  /**
   * Follows the subscription socket. Anything shown live should refetch on 'connected': pushes
   * sent while the socket was down (or before it first came up) are not replayed.
   */
  onLiveConnection: (listener: (event: LiveConnectionEvent) => void) => () => void;
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
    // Opens with the first subscription (the header's notification bell subscribes as soon as
    // the viewer is known, so that is at start-up) and not before: there is no session on the
    // sign-in page. Kept open a moment after the last one ends, so remounts do not reconnect.
    lazy: true,
    lazyCloseTimeout: 5_000,
    // Pings keep idle sockets from being dropped by proxies.
    keepAlive: 25_000,
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
    onLiveConnection: (listener) => {
      const offConnected = ws.on('connected', () => listener('connected'));
      const offClosed = ws.on('closed', () => listener('closed'));
      return () => {
        offConnected();
        offClosed();
      };
    },
    dispose: () => {
      void ws.dispose();
    },
  };
}
