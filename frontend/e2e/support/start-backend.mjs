// Starts the real Tandem backend for the browser tests: a fresh SQLite database in a temporary
// directory, migrated and seeded with the demo organisation, serving the built SPA.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = process.argv[2] ?? '8766';
const frontend = fileURLToPath(new URL('../..', import.meta.url));
const tandem = process.env.TANDEM_BIN ?? join(frontend, '..', 'backend', '.venv', 'bin', 'tandem');

if (!existsSync(join(frontend, 'dist', 'index.html'))) {
  console.error('e2e: dist/index.html is missing; run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(tandem)) {
  console.error(`e2e: the backend command is missing at ${tandem}; install the backend first.`);
  process.exit(1);
}

// One directory per port, known to the tests too: they read emailed links from the outbox there
// (e2e/support/outbox.ts).
const dir = join(tmpdir(), `tandem-e2e-${port}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
// PUBLIC_URL is the origin the browser uses: WebSockets from any other origin are refused, and
// the calendar feed's URL is built from it.
const env = {
  ...process.env,
  DATABASE_URL: `sqlite+aiosqlite:///${join(dir, 'e2e.db')}`,
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  // Warnings and errors only: the test output stays readable (no line per request or socket).
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warning',
};
const cleanup = () => rmSync(dir, { recursive: true, force: true });

for (const args of [['migrate'], ['seed-demo']]) {
  const step = spawnSync(tandem, args, { env, stdio: 'inherit' });
  if (step.status !== 0) {
    console.error(`e2e: \`tandem ${args.join(' ')}\` failed`);
    cleanup();
    process.exit(step.status ?? 1);
  }
}

const server = spawn(tandem, ['serve', '--host', '127.0.0.1', '--port', port], { env, stdio: 'inherit' });
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  setTimeout(() => server.kill('SIGKILL'), 5000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code, signal) => {
  cleanup();
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
