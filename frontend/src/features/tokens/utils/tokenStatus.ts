import { parseDateTime } from '../../../lib/dates';

export type TokenStatus = 'active' | 'expired' | 'revoked';

export interface TokenDates {
  revokedAt: string | null;
  expiresAt: string | null;
}

/** Revoked wins over expired; a token without an expiry never expires. */
export function tokenStatus(token: TokenDates, now: Date = new Date()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  const expiresAt = parseDateTime(token.expiresAt);
  if (expiresAt && expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

export const TOKEN_STATUS_LABEL: Record<TokenStatus, string> = {
  active: 'Active',
  expired: 'Expired',
  revoked: 'Revoked',
};

/** Active tokens first, then by newest. */
export function sortTokens<T extends TokenDates & { createdAt: string }>(tokens: readonly T[], now: Date = new Date()): T[] {
  const rank: Record<TokenStatus, number> = { active: 0, expired: 1, revoked: 2 };
  return [...tokens].sort((a, b) => {
    const byStatus = rank[tokenStatus(a, now)] - rank[tokenStatus(b, now)];
    if (byStatus !== 0) return byStatus;
    return (parseDateTime(b.createdAt)?.getTime() ?? 0) - (parseDateTime(a.createdAt)?.getTime() ?? 0);
  });
}

/** Validates the "expires in days" input: whole days 1–365, or empty for never. */
export function parseExpiryDays(raw: string): { ok: true; days: number | null } | { ok: false; message: string } {
  const value = raw.trim();
  if (value === '') return { ok: true, days: null };
  if (!/^\d+$/.test(value)) return { ok: false, message: 'Enter a whole number of days.' };
  const days = Number(value);
  if (days < 1 || days > 365) return { ok: false, message: 'Choose between 1 and 365 days.' };
  return { ok: true, days };
}
