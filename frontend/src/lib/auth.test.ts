import { describe, expect, it } from 'vitest';
import { formatWait, parseRetryAfter, safeNextPath, signIn } from './auth';

function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}): typeof fetch {
  return () =>
    Promise.resolve(
      new Response(body === null ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json', ...headers },
      }),
    );
}

describe('signIn', () => {
  it('returns the user on success', async () => {
    const result = await signIn(
      'a@b.c',
      'pw',
      fakeFetch(200, { user: { id: 'VXNlcjox', name: 'A', email: 'a@b.c' }, mustChangePassword: true }),
    );
    expect(result).toEqual({ ok: true, user: { id: 'VXNlcjox', name: 'A', email: 'a@b.c' }, mustChangePassword: true });
  });

  it('gives one message for any bad credentials', async () => {
    const result = await signIn('a@b.c', 'pw', fakeFetch(401, { error: { code: 'INVALID_CREDENTIALS', message: 'No such user' } }));
    expect(result).toMatchObject({ ok: false, reason: 'invalid-credentials' });
    expect(result.ok ? '' : result.message).not.toContain('No such user');
  });

  it('reads Retry-After when rate limited', async () => {
    const result = await signIn('a@b.c', 'pw', fakeFetch(429, { error: { code: 'RATE_LIMITED', message: 'slow down' } }, { 'Retry-After': '42' }));
    expect(result).toMatchObject({ ok: false, reason: 'rate-limited', retryAfterSeconds: 42 });
  });

  it('reports a network failure without throwing', async () => {
    const result = await signIn('a@b.c', 'pw', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(result).toMatchObject({ ok: false, reason: 'network' });
  });

  it('treats a non-JSON server error as a server failure', async () => {
    const failing: typeof fetch = () => Promise.resolve(new Response('<html>', { status: 502 }));
    expect(await signIn('a@b.c', 'pw', failing)).toMatchObject({ ok: false, reason: 'server' });
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2026-11-02T10:00:00Z');
  it('reads delta-seconds', () => expect(parseRetryAfter('120', now)).toBe(120));
  it('reads an HTTP date', () => expect(parseRetryAfter('Mon, 02 Nov 2026 10:01:30 GMT', now)).toBe(90));
  it('never goes below zero for past dates', () => expect(parseRetryAfter('Mon, 02 Nov 2026 09:00:00 GMT', now)).toBe(0));
  it('ignores missing or garbage values', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('formatWait', () => {
  it('uses seconds below a minute and rounds minutes up', () => {
    expect(formatWait(1)).toBe('1 second');
    expect(formatWait(45)).toBe('45 seconds');
    expect(formatWait(60)).toBe('1 minute');
    expect(formatWait(61)).toBe('2 minutes');
  });
});

describe('safeNextPath', () => {
  it('keeps same-site paths with their query', () => expect(safeNextPath('/people?q=sam')).toBe('/people?q=sam'));
  it.each([null, '', 'https://evil.example/', '//evil.example', '/\\evil.example', 'people', '/sign-in', '/sign-in?next=/'])(
    'sends %s home',
    (next) => expect(safeNextPath(next)).toBe('/'),
  );
});
