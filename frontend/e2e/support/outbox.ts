import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = process.env.TANDEM_E2E_PORT ?? '8766';
// The e2e backend's database (see start-backend.mjs).
const database = join(tmpdir(), `tandem-e2e-${port}`, 'e2e.db');
const frontend = fileURLToPath(new URL('../..', import.meta.url));
const python = process.env.TANDEM_PYTHON ?? join(frontend, '..', 'backend', '.venv', 'bin', 'python');

const READ = `
import json, sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
row = db.execute(
    "SELECT text_body FROM outbox_messages WHERE lower(to_address) = lower(?) AND kind = ?"
    " ORDER BY created_at DESC LIMIT 1",
    (sys.argv[2], sys.argv[3]),
).fetchone()
print(json.dumps(row[0] if row else None))
`;

/**
 * The newest email of `kind` queued for `to` (the e2e backend has no SMTP server: email waits
 * in the outbox, where a person's inbox would be). Read straight from the database, as admins
 * never see email content.
 */
export function latestEmail(to: string, kind: string): string | null {
  const out = execFileSync(python, ['-c', READ, database, to, kind], { encoding: 'utf8' });
  return JSON.parse(out) as string | null;
}

/** The link of the newest email of `kind` to `to`, as a path on this site (`/reset-password#token=…`). */
export function emailedLink(to: string, kind: string, path: string): string {
  const body = latestEmail(to, kind);
  const found = body?.match(new RegExp(`https?://[^/\\s]+(/${path}#token=[A-Za-z0-9_-]+)`));
  if (!found?.[1]) throw new Error(`no ${kind} email with a /${path} link to ${to}:\n${body ?? '(none)'}`);
  return found[1];
}
