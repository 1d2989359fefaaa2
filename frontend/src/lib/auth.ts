import { csrfHeaders } from './csrf';

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
}

export type SignInResult =
  | { ok: true; user: SignedInUser; mustChangePassword: boolean }
  | { ok: false; reason: 'invalid-credentials' | 'bad-request' | 'network' | 'server'; message: string }
  | { ok: false; reason: 'rate-limited'; message: string; retryAfterSeconds: number | null };

type Fetch = typeof fetch;

/** POST /auth/sign-in. Never throws; every outcome is a value the form can show. */
export async function signIn(
  email: string,
  password: string,
  fetchFn: Fetch = fetch,
  now: Date = new Date(),
): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetchFn('/auth/sign-in', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ email, password }),
    });
  } catch {
    return { ok: false, reason: 'network', message: 'Tandem cannot be reached. Check your connection and try again.' };
  }
  const body = await readJson(response);
  if (response.ok) {
    const user = (body as { user?: SignedInUser } | null)?.user;
    if (!user) return { ok: false, reason: 'server', message: 'Unexpected answer from the server.' };
    return { ok: true, user, mustChangePassword: Boolean((body as { mustChangePassword?: boolean }).mustChangePassword) };
  }
  const serverMessage = (body as { error?: { message?: string } } | null)?.error?.message;
  switch (response.status) {
    case 401:
      // One message for unknown email and wrong password alike: no account enumeration.
      return { ok: false, reason: 'invalid-credentials', message: 'That email and password do not match an account.' };
    case 429: {
      const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'), now);
      return {
        ok: false,
        reason: 'rate-limited',
        retryAfterSeconds,
        message: 'Too many sign-in attempts.',
      };
    }
    case 400:
      return { ok: false, reason: 'bad-request', message: serverMessage ?? 'Please enter your email and password.' };
    default:
      return { ok: false, reason: 'server', message: 'Something went wrong on our side. Please try again.' };
  }
}

/** POST /auth/sign-out (ends this session; clears the cookies). */
export async function signOut(fetchFn: Fetch = fetch): Promise<boolean> {
  try {
    const response = await fetchFn('/auth/sign-out', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...csrfHeaders() },
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** Seconds to wait from a Retry-After header: delta-seconds or an HTTP date (RFC 9110). */
export function parseRetryAfter(header: string | null, now: Date = new Date()): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** "30 seconds", "1 minute", "5 minutes" — for telling people how long to wait. */
export function formatWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/**
 * Where to go after signing in. Only paths on this site count (no `//evil.example`, no
 * `https://…`, no `/sign-in` loop); anything else goes home.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/sign-in' || next.startsWith('/sign-in?')) return '/';
  return next;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}
