import { describe, expect, it } from 'vitest';
import { confirmEmailWithLink, linkToken, setPasswordWithLink } from './authLinks';

function fakeFetch(status: number, body: unknown): typeof fetch {
  return () =>
    Promise.resolve(
      new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
    );
}

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-abcd';

describe('linkToken', () => {
  it('reads the token from the fragment', () => {
    expect(linkToken(`#token=${TOKEN}`)).toBe(TOKEN);
  });

  it('refuses a missing or mangled token', () => {
    expect(linkToken('')).toBeNull();
    expect(linkToken('#token=')).toBeNull();
    expect(linkToken('#token=<script>')).toBeNull();
  });
});

describe('setPasswordWithLink', () => {
  it('succeeds on 204', async () => {
    expect(await setPasswordWithLink(TOKEN, 'pw', fakeFetch(204, null))).toEqual({ ok: true });
  });

  it('tells a spent link apart from a weak password', async () => {
    const spent = await setPasswordWithLink(TOKEN, 'pw', fakeFetch(400, { error: { code: 'LINK_INVALID', message: 'x' } }));
    expect(spent).toMatchObject({ ok: false, reason: 'link-invalid' });
    const weak = await setPasswordWithLink(
      TOKEN,
      'pw',
      fakeFetch(400, { error: { code: 'WEAK_PASSWORD', message: 'Use at least 10 characters.' } }),
    );
    expect(weak).toEqual({ ok: false, reason: 'weak-password', message: 'Use at least 10 characters.' });
  });

  it('reports a network failure without throwing', async () => {
    const result = await setPasswordWithLink(TOKEN, 'pw', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(result).toMatchObject({ ok: false, reason: 'network' });
  });
});

describe('confirmEmailWithLink', () => {
  it('returns the address now in use', async () => {
    expect(await confirmEmailWithLink(TOKEN, fakeFetch(200, { email: 'new@example.com' }))).toEqual({
      ok: true,
      email: 'new@example.com',
    });
  });

  it('explains an address taken meanwhile', async () => {
    const taken = await confirmEmailWithLink(TOKEN, fakeFetch(400, { error: { code: 'DUPLICATE', message: 'x' } }));
    expect(taken).toMatchObject({ ok: false, reason: 'taken' });
  });
});
