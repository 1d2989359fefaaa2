export const CSRF_COOKIE = 'tandem_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** Reads one cookie's value out of a `document.cookie`-style string; null when absent. */
export function readCookie(cookieString: string, name: string): string | null {
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    const unquoted = raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1) : raw;
    try {
      return decodeURIComponent(unquoted);
    } catch {
      return unquoted;
    }
  }
  return null;
}

/** Headers proving the request comes from our own pages (double-submit of the CSRF cookie). */
export function csrfHeaders(cookieString: string = currentCookies()): Record<string, string> {
  const token = readCookie(cookieString, CSRF_COOKIE);
  return token ? { [CSRF_HEADER]: token } : {};
}

function currentCookies(): string {
  return typeof document === 'undefined' ? '' : document.cookie;
}
