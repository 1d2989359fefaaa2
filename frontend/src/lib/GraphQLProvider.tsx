import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createGraphQLClient, type GraphQLClient } from './graphqlClient';

interface SessionControl {
  /** Drops every cached result and the WebSocket: call after signing in or out. */
  resetClient: () => void;
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
  const control = useMemo(() => ({ resetClient }), [resetClient]);

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
