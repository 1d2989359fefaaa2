/**
 * The emailed links: setting a new password after an admin's reset, confirming a new email
 * address. The link's secret rides in the URL fragment (`#token=…`), which browsers never send
 * to a server; these calls post it to /auth and need no session.
 */

export type LinkResult<T> =
  | ({ ok: true } & T)
  | { ok: false; reason: 'link-invalid' | 'weak-password' | 'taken' | 'bad-request' | 'network' | 'server'; message: string };

type Fetch = typeof fetch;

const LINK_INVALID = 'This link has expired or was already used. Ask your administrator to send a new one.';

/** The secret of an emailed link from `location.hash`, or null when it is missing. */
export function linkToken(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{16,200}$/.test(token) ? token : null;
}

/** POST /auth/reset-password. Never throws. */
export async function setPasswordWithLink(token: string, password: string, fetchFn: Fetch = fetch): Promise<LinkResult<object>> {
  const answer = await post('/auth/reset-password', { token, password }, fetchFn);
  return answer.ok ? { ok: true } : answer;
}

/** POST /auth/confirm-email; the address now in use. Never throws. */
export async function confirmEmailWithLink(token: string, fetchFn: Fetch = fetch): Promise<LinkResult<{ email: string }>> {
  const answer = await post('/auth/confirm-email', { token }, fetchFn);
  if (!answer.ok) return answer;
  const email = (answer.body as { email?: unknown } | null)?.email;
  return typeof email === 'string' ? { ok: true, email } : { ok: false, reason: 'server', message: 'Unexpected answer from the server.' };
}

async function post(
  path: string,
  body: Record<string, string>,
  fetchFn: Fetch,
): Promise<{ ok: true; body: unknown } | Extract<LinkResult<object>, { ok: false }>> {
  let response: Response;
  try {
    response = await fetchFn(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, reason: 'network', message: 'Tandem cannot be reached. Check your connection and try again.' };
  }
  const json = await readJson(response);
  if (response.ok) return { ok: true, body: json };
  const error = (json as { error?: { code?: string; message?: string } } | null)?.error;
  if (response.status === 400 && error?.code === 'LINK_INVALID') return { ok: false, reason: 'link-invalid', message: LINK_INVALID };
  if (response.status === 400 && error?.code === 'WEAK_PASSWORD' && error.message) {
    return { ok: false, reason: 'weak-password', message: error.message };
  }
  if (response.status === 400 && error?.code === 'DUPLICATE') {
    return { ok: false, reason: 'taken', message: 'Another account uses this address now. Ask your administrator.' };
  }
  if (response.status === 400) return { ok: false, reason: 'bad-request', message: error?.message ?? 'Something is missing.' };
  return { ok: false, reason: 'server', message: 'Something went wrong on our side. Please try again.' };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}
