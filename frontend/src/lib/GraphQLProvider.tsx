import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createGraphQLClient, type GraphQLClient, type LiveConnectionEvent } from './graphqlClient';

interface SessionControl {
  /** Drops every cached result and the WebSocket: call after signing in or out. */
  resetClient: () => void;
  /** Follows the current client's subscription socket. */
  onLiveConnection: GraphQLClient['onLiveConnection'];
}

const SessionControlContext = createContext<SessionControl | null>(null);

export function GraphQLProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<GraphQLClient>(() => createGraphQLClient());
  const latest = useRef(current);

  const resetClient = useCallback(() => {
    latest.current.dispose();
    latest.current = createGraphQLClient();
    setCurrent(latest.current);
  }, []);
  const control = useMemo(() => ({ resetClient, onLiveConnection: current.onLiveConnection }), [resetClient, current]);

  return (
    <SessionControlContext.Provider value={control}>
      <Provider value={current.client}>{children}</Provider>
    </SessionControlContext.Provider>
  );
}

export function useSessionControl(): SessionControl {
  const control = useContext(SessionControlContext);
  if (!control) throw new Error('useSessionControl must be used inside <GraphQLProvider>');
  return control;
}

/**
 * Calls `listener` whenever the subscription socket comes up or goes down (following the client
 * across sign-ins). The latest `listener` is used; it need not be stable.
 */
export function useLiveConnection(listener: (event: LiveConnectionEvent) => void): void {
  const { onLiveConnection } = useSessionControl();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => onLiveConnection((event) => latest.current(event)), [onLiveConnection]);
}
