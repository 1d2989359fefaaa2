import { describe, expect, it } from 'vitest';
import { csrfHeaders, readCookie } from './csrf';

describe('readCookie', () => {
  it('finds a cookie among others, ignoring spaces', () => {
    expect(readCookie('a=1; tandem_csrf=abc123; b=2', 'tandem_csrf')).toBe('abc123');
  });

  it('does not match a cookie whose name merely ends with the wanted name', () => {
    expect(readCookie('xtandem_csrf=evil; tandem_csrf=good', 'tandem_csrf')).toBe('good');
    expect(readCookie('xtandem_csrf=evil', 'tandem_csrf')).toBeNull();
  });

  it('decodes percent-encoding and strips quotes', () => {
    expect(readCookie('tandem_csrf="a%2Bb%3D"', 'tandem_csrf')).toBe('a+b=');
  });

  it('keeps values that contain "=" and malformed escapes', () => {
    expect(readCookie('t=abc==; u=%E0%A4%A', 't')).toBe('abc==');
    expect(readCookie('t=abc==; u=%E0%A4%A', 'u')).toBe('%E0%A4%A');
  });

  it('returns null when absent or empty', () => {
    expect(readCookie('', 'tandem_csrf')).toBeNull();
    expect(readCookie('other=1', 'tandem_csrf')).toBeNull();
  });
});

describe('csrfHeaders', () => {
  it('sends the cookie value in X-CSRF-Token', () => {
    expect(csrfHeaders('tandem_csrf=tok')).toEqual({ 'X-CSRF-Token': 'tok' });
  });

  it('sends nothing without the cookie', () => {
    expect(csrfHeaders('foo=bar')).toEqual({});
  });
});
