import type { Client } from 'urql';

interface SendVariables {
  input: { awareness: string };
}

/**
 * For tests: a stand-in for the API's presence relay: what one person sends reaches everyone else's
 * subscription, with the sender's name, unless their connection is cut.
 */
export function relay() {
  const sinks = new Map<string, (result: unknown) => void>();
  const cut = new Set<string>();
  /** Name → how long (ms) their subscription takes to start listening. */
  const slow = new Map<string, number>();
  const clientFor = (name: string) =>
    ({
      subscription: () => ({
        subscribe: (sink: (result: unknown) => void) => {
          // A subscription may reach the server a while after it is asked for.
          const listening = setTimeout(() => sinks.set(name, sink), slow.get(name) ?? 0);
          if (!slow.has(name)) sinks.set(name, sink);
          return {
            unsubscribe: () => {
              clearTimeout(listening);
              sinks.delete(name);
            },
          };
        },
      }),
      mutation: (_query: unknown, variables: SendVariables) => ({
        toPromise: () => {
          if (!cut.has(name)) {
            for (const [other, sink] of sinks) {
              if (other !== name) sink({ data: { meetingPresence: { awareness: variables.input.awareness, user: { name } } } });
            }
          }
          return Promise.resolve({ data: { sendPresence: { errors: [] } } });
        },
      }),
    }) as unknown as Client;
  return { clientFor, cut, slow };
}
