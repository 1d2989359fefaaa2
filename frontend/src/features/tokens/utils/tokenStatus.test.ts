import { describe, expect, it } from 'vitest';
import { parseExpiryDays, sortTokens, tokenStatus } from './tokenStatus';

const now = new Date('2026-11-02T10:00:00Z');

describe('tokenStatus', () => {
  it('is active without expiry or before it', () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: null }, now)).toBe('active');
    expect(tokenStatus({ revokedAt: null, expiresAt: '2026-11-02T10:00:01Z' }, now)).toBe('active');
  });

  it('is expired at and after the expiry instant', () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: '2026-11-02T10:00:00Z' }, now)).toBe('expired');
    expect(tokenStatus({ revokedAt: null, expiresAt: '2026-01-01T00:00:00' }, now)).toBe('expired');
  });

  it('says revoked even when also expired', () => {
    expect(tokenStatus({ revokedAt: '2026-01-01T00:00:00Z', expiresAt: '2026-02-01T00:00:00Z' }, now)).toBe('revoked');
  });
});

describe('sortTokens', () => {
  it('lists active tokens first, newest first within a status', () => {
    const tokens = [
      { id: 'old-active', revokedAt: null, expiresAt: null, createdAt: '2026-01-01T00:00:00Z' },
      { id: 'revoked', revokedAt: '2026-10-01T00:00:00Z', expiresAt: null, createdAt: '2026-10-01T00:00:00Z' },
      { id: 'new-active', revokedAt: null, expiresAt: null, createdAt: '2026-10-01T00:00:00Z' },
      { id: 'expired', revokedAt: null, expiresAt: '2026-03-01T00:00:00Z', createdAt: '2026-02-01T00:00:00Z' },
    ];
    expect(sortTokens(tokens, now).map((t) => t.id)).toEqual(['new-active', 'old-active', 'expired', 'revoked']);
  });
});

describe('parseExpiryDays', () => {
  it('accepts 1–365 and empty for never', () => {
    expect(parseExpiryDays('90')).toEqual({ ok: true, days: 90 });
    expect(parseExpiryDays(' 1 ')).toEqual({ ok: true, days: 1 });
    expect(parseExpiryDays('')).toEqual({ ok: true, days: null });
  });

  it.each(['0', '366', '-5', '1.5', 'ten'])('rejects %s', (raw) => {
    expect(parseExpiryDays(raw).ok).toBe(false);
  });
});
