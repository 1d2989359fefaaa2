import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BACKEND = fileURLToPath(new URL('../../backend/', import.meta.url));
const TANDEM = join(BACKEND, '.venv/bin/tandem');
const PYTHON = join(BACKEND, '.venv/bin/python');
const PORTS = [8781, 8782, 8783, 8784, 8785, 8786, 8787, 8788, 8789];

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** How far the meeting's update log was folded into its snapshot (read from the database). */
export interface DocumentRow {
  snapshotSeq: number;
  lastSeq: number;
  snapshotBytes: number;
  loggedUpdates: number;
}

/**
 * A real `tandem serve` on a SQLite file in a temporary directory. `kill()` is SIGKILL (no
 * graceful shutdown); `start()` again serves the same database on the same port.
 */
export class TandemServer {
  private process: ChildProcess | null = null;
  private exited: Promise<void> | null = null;
  private starts = 0;

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<TandemServer> {
    for (const port of PORTS) {
      if (await portIsFree(port)) return new TandemServer(mkdtempSync(join(tmpdir(), 'tandem-convergence-')), port);
    }
    throw new Error(`none of the ports ${PORTS.join(', ')} is free`);
  }

  get httpUrl(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}/graphql`;
  }

  private get env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      DATABASE_URL: `sqlite+aiosqlite:///${join(this.dir, 'db.sqlite')}`,
      PUBLIC_URL: `http://127.0.0.1:${this.port}`,
    };
  }

  /** Runs `tandem <args>` against this server's database and returns its stdout, trimmed. */
  async cli(...args: string[]): Promise<string> {
    const { stdout } = await run(TANDEM, args, { env: this.env, cwd: this.dir });
    return stdout.trim();
  }

  async start(): Promise<void> {
    if (this.process) throw new Error('the server is already running');
    this.starts += 1;
    const logPath = join(this.dir, `serve-${this.starts}.log`);
    const log = openSync(logPath, 'w');
    const child = spawn(TANDEM, ['serve', '--host', '127.0.0.1', '--port', String(this.port)], {
      env: this.env,
      cwd: this.dir,
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    // Should the test runner die without running afterAll, the server dies with it.
    const orphaned = (): void => void child.kill('SIGKILL');
    process.once('exit', orphaned);
    child.once('exit', () => process.off('exit', orphaned));
    this.process = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`tandem serve exited early:\n${readFileSync(logPath, 'utf8')}`);
      try {
        const answer = await fetch(`http://127.0.0.1:${this.port}/healthz`);
        if (answer.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`tandem serve did not answer /healthz in 20 s:\n${readFileSync(logPath, 'utf8')}`);
  }

  /** SIGKILL: whatever is in flight dies with it. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child) return;
    child.kill('SIGKILL');
    await this.exited;
    this.process = null;
    this.exited = null;
  }

  /** Stops the server and removes its directory (kept, with the server's logs, when `keep`). */
  async dispose(keep = false): Promise<void> {
    await this.kill();
    if (keep) console.log(`convergence: database and server logs kept in ${this.dir}`);
    else rmSync(this.dir, { recursive: true, force: true });
  }

  /** The meeting's row in `meeting_documents` and how many updates its log holds. */
  async documentRow(meetingUuid: string): Promise<DocumentRow> {
    const script = [
      'import json, sqlite3, sys',
      'db = sqlite3.connect(sys.argv[1])',
      'key = sys.argv[2].replace("-", "")',
      'row = db.execute("select snapshot_seq, last_seq, length(snapshot) from meeting_documents where replace(meeting_id, \'-\', \'\') = ?", (key,)).fetchone()',
      'n = db.execute("select count(*) from meeting_document_updates where replace(meeting_id, \'-\', \'\') = ?", (key,)).fetchone()[0]',
      'print(json.dumps({"snapshotSeq": row[0], "lastSeq": row[1], "snapshotBytes": row[2], "loggedUpdates": n}))',
    ].join('\n');
    const { stdout } = await run(PYTHON, ['-c', script, join(this.dir, 'db.sqlite'), meetingUuid]);
    return JSON.parse(stdout) as DocumentRow;
  }
}
