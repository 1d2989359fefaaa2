/**
 * The GraphQL client reports session problems here; the app shell listens and reacts
 * (sign-in page, forced password change). Keeps lib/ free of routing and features.
 */
export type AuthEvent = 'unauthenticated' | 'password-change-required';

type Listener = (event: AuthEvent) => void;

const listeners = new Set<Listener>();

export function onAuthEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function emitAuthEvent(event: AuthEvent): void {
  for (const listener of [...listeners]) listener(event);
}
