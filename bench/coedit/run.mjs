#!/usr/bin/env node
// Co-editing benchmark: one load generator drives Tandem (GraphQL: pushMeetingUpdates over HTTP,
// meetingDocument over graphql-transport-ws) and the reference Yjs server (@y/websocket-server
// with y-websocket's WebsocketProvider) with the same workload, and measures edit-to-delivery
// latency at every subscriber. See README.md.
//
//   node run.mjs [--servers tandem,yjs] [--subscribers 2,10,50] [--rate 20] [--duration 20]
//                [--saturation 10] [--db sqlite|postgres] [--port-base 8791] [--out FILE]
//                [--at REV] [--tandem CMD] [--profile-hook CMD]

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir, cpus, loadavg, totalmem } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { createClient } from 'graphql-ws';

// Every WebsocketProvider adds a process 'exit' listener; 50 of them are expected here.
process.setMaxListeners(0);

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '..', '..');

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const opts = {
    servers: ['tandem', 'yjs'],
    subscribers: [2, 10, 50],
    rate: 20,
    duration: 20,
    saturation: 10,
    db: 'sqlite',
    portBase: 8791,
    out: null,
    tandem: process.env.TANDEM_BIN || join(REPO, 'backend', '.venv', 'bin', 'tandem'),
    profileHook: null,
    at: null, // a git revision: serve the backend as committed there, not the work tree
  };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split('=', 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (key) {
      case '--servers': opts.servers = value().split(','); break;
      case '--subscribers': opts.subscribers = value().split(',').map(Number); break;
      case '--rate': opts.rate = Number(value()); break;
      case '--duration': opts.duration = Number(value()); break;
      case '--saturation': opts.saturation = Number(value()); break;
      case '--db': opts.db = value(); break;
      case '--port-base': opts.portBase = Number(value()); break;
      case '--out': opts.out = value(); break;
      case '--tandem': opts.tandem = value(); break; // a command, e.g. "python profile/timed_tandem.py"
      case '--profile-hook': opts.profileHook = value(); break;
      case '--at': opts.at = value(); break;
      case '-h': case '--help':
        console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(0, 11).join('\n'));
        process.exit(0);
        break;
      default: throw new Error(`unknown option ${argv[i]}`);
    }
  }
  return opts;
}

// ---------------------------------------------------------------- helpers

const ITEM = 'bench-item';
const ALPHABET = 'the quick brown fox jumps over the lazy dog ';

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

function textOf(doc) {
  const item = doc.getMap('items').get(ITEM);
  if (!(item instanceof Y.Map)) return null;
  const text = item.get('text');
  return text instanceof Y.Text ? text : null;
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
function procCpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    return ticks / 100; // CLK_TCK is 100 on Linux
  } catch {
    return NaN;
  }
}

/** The pids of a process and its descendants (uvicorn may fork). */
function processTree(pid) {
  const out = [pid];
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    for (const c of children ? children.split(' ') : []) out.push(...processTree(Number(c)));
  } catch { /* gone */ }
  return out;
}

function treeCpuSeconds(pid) {
  return processTree(pid).reduce((sum, p) => sum + (procCpuSeconds(p) || 0), 0);
}

async function waitFor(predicate, timeoutMs, what) {
  const deadline = performance.now() + timeoutMs;
  while (!(await predicate())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

async function waitForHttp(url, timeoutMs) {
  await waitFor(async () => {
    try {
      const r = await fetch(url);
      await r.arrayBuffer();
      return r.status < 500;
    } catch {
      return false;
    }
  }, timeoutMs, url);
}

function startProcess(cmd, args, env, cwd, label) {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk) => { log = (log + chunk.toString()).slice(-20000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code, signal) => {
    if (!child.stopping) console.error(`[${label}] exited early (${code ?? signal}):\n${log}`);
  });
  child.log = () => log;
  return child;
}

async function stopProcess(child) {
  if (!child || child.exitCode !== null) return;
  child.stopping = true;
  const done = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await done;
  clearTimeout(timer);
}

// ---------------------------------------------------------------- the Tandem side

class TandemServer {
  constructor(opts, port) {
    this.opts = opts;
    this.port = port;
    this.url = `http://127.0.0.1:${port}`;
    this.name = opts.db === 'postgres' ? 'tandem-postgres' : 'tandem-sqlite';
  }

  async start() {
    this.dir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
    if (this.opts.db === 'postgres') {
      this.pgdb = `tandem_bench_${process.pid}`;
      execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-c', `CREATE DATABASE ${this.pgdb}`], { stdio: 'ignore' });
      this.databaseUrl = `postgresql+asyncpg://postgres@127.0.0.1:5432/${this.pgdb}`;
    } else {
      this.databaseUrl = `sqlite+aiosqlite:///${join(this.dir, 'db.sqlite')}`;
    }
    this.env = {
      ...(this.opts.at ? { PYTHONPATH: this.exportBackend(this.opts.at) } : {}),
      DATABASE_URL: this.databaseUrl,
      PUBLIC_URL: this.url,
      LOG_LEVEL: 'warning',
      BROADCAST_URL: 'memory://',
    };
    const [cmd, ...prefix] = this.opts.tandem.split(' ');
    this.cmd = cmd;
    this.prefix = prefix;
    const cli = (...args) => execFileSync(cmd, [...prefix, ...args], {
      env: { ...process.env, ...this.env }, cwd: this.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
    cli('migrate');
    cli('user', 'create', '--email', 'writer@bench.example', '--name', 'Bench Writer', '--password', 'bench-password-1');
    cli('user', 'create', '--email', 'reader@bench.example', '--name', 'Bench Reader', '--password', 'bench-password-2');
    this.tokens = [
      cli('token', 'create', '--email', 'writer@bench.example', '--scope', 'write', '--name', 'bench'),
      cli('token', 'create', '--email', 'reader@bench.example', '--scope', 'write', '--name', 'bench'),
    ];
    this.proc = startProcess(this.cmd, [...this.prefix, 'serve', '--host', '127.0.0.1', '--port', String(this.port)], this.env, this.dir, 'tandem');
    await waitForHttp(`${this.url}/healthz`, 60000);
    this.writerId = (await this.gql(0, '{ viewer { id } }')).viewer.id;
    this.readerId = (await this.gql(1, '{ viewer { id } }')).viewer.id;
  }

  /** `backend/` as committed at `rev`, in the temp dir; PYTHONPATH puts it before the work tree's
   * editable install, so a work tree others are editing does not move under the measurement. */
  exportBackend(rev) {
    const archive = execFileSync('git', ['-C', REPO, 'archive', rev, 'backend'], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', this.dir], { input: archive });
    return join(this.dir, 'backend');
  }

  async stop() {
    await stopProcess(this.proc);
    if (this.pgdb) {
      try {
        execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-c', `DROP DATABASE IF EXISTS ${this.pgdb} WITH (FORCE)`], { stdio: 'ignore' });
      } catch (e) { console.error(`could not drop ${this.pgdb}: ${e}`); }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  get pid() { return this.proc.pid; }

  async gql(who, query, variables = {}) {
    const r = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.tokens[who]}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await r.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  /** A fresh 1:1 between the two people (no template: the document starts empty); its meeting. */
  async newDocument() {
    const startsAt = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
    const data = await this.gql(0, `mutation($input: CreateOneOnOneInput!) {
      createOneOnOne(input: $input) { oneOnOne { nextMeeting { id } } errors { field message code } } }`, {
      input: { participantId: this.readerId, title: `bench ${Date.now()}`, startsAt, durationMinutes: 30, timezone: 'UTC', frequency: 'ONCE' },
    });
    const payload = data.createOneOnOne;
    if (payload.errors.length) throw new Error(JSON.stringify(payload.errors));
    return payload.oneOnOne.nextMeeting.id;
  }

  /** A subscriber: its own WebSocket (graphql-transport-ws) and Y.Doc, as a participant. */
  async subscriber(meetingId, index) {
    const doc = new Y.Doc();
    const client = createClient({
      url: `ws://127.0.0.1:${this.port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: `Bearer ${this.tokens[index % 2]}` },
      lazy: false,
      retryAttempts: 0,
    });
    let firstMessage = false;
    const onUpdate = { fn: null };
    const dispose = client.subscribe(
      { query: 'subscription($m: ID!, $sv: String) { meetingDocument(meetingId: $m, stateVector: $sv) { update seq } }', variables: { m: meetingId, sv: null } },
      {
        next: (msg) => {
          if (msg.errors) { console.error('subscription error', msg.errors); return; }
          Y.applyUpdate(doc, Buffer.from(msg.data.meetingDocument.update, 'base64'), 'remote');
          firstMessage = true;
          onUpdate.fn?.();
        },
        error: (e) => console.error('subscription failed', e),
        complete: () => {},
      },
    );
    await waitFor(() => firstMessage, 30000, 'first document message');
    return {
      doc,
      onUpdate,
      close: async () => { dispose(); await client.dispose(); },
    };
  }

  /** The writer: pushes like the SPA (documentSync.ts): over HTTP, one push in flight, local
   * edits made meanwhile merged into the next push. It also follows the document, like the SPA. */
  async writer(meetingId) {
    const doc = new Y.Doc();
    const state = await this.gql(0, 'query($id: ID!) { node(id: $id) { ... on Meeting { document { update } } } }', { id: meetingId });
    Y.applyUpdate(doc, Buffer.from(state.node.document.update, 'base64'), 'remote');
    const follower = await this.subscriber(meetingId, 0);
    // The writer's own live copy is `follower.doc`'s twin: it applies what comes back (harmless).
    follower.onUpdate.fn = null;
    let pending = [];
    let inFlight = false;
    let pushes = 0;
    let pushMs = [];
    let failures = 0;
    const hooks = { onPushStart: null };
    const idle = [];
    const flush = () => {
      if (inFlight || pending.length === 0) {
        if (!inFlight && pending.length === 0) while (idle.length) idle.shift()();
        return;
      }
      const batch = pending;
      pending = [];
      inFlight = true;
      const merged = batch.length === 1 ? batch[0] : Y.mergeUpdates(batch);
      const t0 = performance.now();
      hooks.onPushStart?.(t0);
      this.gql(0, `mutation($input: PushMeetingUpdatesInput!) { pushMeetingUpdates(input: $input) {
          state { update stateVector seq } errors { field message code } } }`, {
        input: { meetingId, updates: [Buffer.from(merged).toString('base64')], stateVector: Buffer.from(Y.encodeStateVector(doc)).toString('base64') },
      }).then((data) => {
        const payload = data.pushMeetingUpdates;
        if (payload.errors.length) throw new Error(JSON.stringify(payload.errors));
        Y.applyUpdate(doc, Buffer.from(payload.state.update, 'base64'), 'remote');
        pushes++;
        pushMs.push(performance.now() - t0);
      }).catch((e) => {
        failures++;
        console.error('push failed', String(e).slice(0, 300));
        pending = [...batch, ...pending];
      }).finally(() => {
        inFlight = false;
        flush();
      });
    };
    doc.on('update', (update, origin) => {
      if (origin === 'remote') return;
      pending.push(update);
      flush();
    });
    const author = this.writerId;
    doc.transact(() => {
      const item = new Y.Map();
      item.set('text', new Y.Text());
      item.set('done', false);
      item.set('author', author);
      item.set('section', '');
      item.set('topic', null);
      item.set('order', 'a0');
      item.set('deleted', false);
      doc.getMap('items').set(ITEM, item);
    });
    await new Promise((resolve) => idle.push(resolve));
    return {
      doc,
      hooks,
      stats: () => ({ pushes, failures, pushMs }),
      resetStats: () => { pushes = 0; pushMs = []; failures = 0; },
      close: () => follower.close(),
    };
  }
}

// ---------------------------------------------------------------- the reference Yjs server

class YjsServer {
  constructor(opts, port) {
    this.opts = opts;
    this.port = port;
    this.name = 'y-websocket-server';
  }

  async start() {
    const server = join(HERE, 'node_modules', '@y', 'websocket-server', 'src', 'server.js');
    this.proc = startProcess(process.execPath, [server], { HOST: '127.0.0.1', PORT: String(this.port) }, HERE, 'y-websocket-server');
    await waitForHttp(`http://127.0.0.1:${this.port}/`, 30000);
  }

  async stop() { await stopProcess(this.proc); }

  get pid() { return this.proc.pid; }

  async newDocument() { return `bench-${Date.now()}-${Math.random().toString(36).slice(2)}`; }

  async subscriber(room) {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`ws://127.0.0.1:${this.port}`, room, doc, { WebSocketPolyfill: WebSocket, disableBc: true });
    const onUpdate = { fn: null };
    doc.on('update', () => onUpdate.fn?.());
    await waitFor(() => provider.synced, 30000, 'provider sync');
    return { doc, onUpdate, close: async () => { provider.destroy(); } };
  }

  async writer(room) {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`ws://127.0.0.1:${this.port}`, room, doc, { WebSocketPolyfill: WebSocket, disableBc: true });
    await waitFor(() => provider.synced, 30000, 'writer sync');
    doc.transact(() => {
      const item = new Y.Map();
      item.set('text', new Y.Text());
      item.set('done', false);
      item.set('author', 'writer');
      item.set('section', '');
      item.set('topic', null);
      item.set('order', 'a0');
      item.set('deleted', false);
      doc.getMap('items').set(ITEM, item);
    });
    // y-websocket sends each update from the doc's 'update' handler, synchronously.
    return { doc, hooks: {}, stats: () => ({}), resetStats: () => {}, close: async () => { provider.destroy(); } };
  }
}

// ---------------------------------------------------------------- one measurement

/**
 * `mode` 'paced': the writer types `rate` characters a second for `seconds` (open loop: it does
 * not wait for anyone). 'saturation': closed loop: the next character is typed as soon as every
 * subscriber has the previous one, for `seconds`.
 */
async function measure(server, n, mode, rate, seconds) {
  const docId = await server.newDocument();
  const writer = await server.writer(docId);
  const subs = [];
  for (let i = 0; i < n; i++) subs.push(await server.subscriber(docId, i + 1));
  await waitFor(() => subs.every((s) => textOf(s.doc) !== null), 30000, 'every subscriber to see the item');
  await sleep(500); // let connection set-up traffic settle

  const sentAt = [0]; // sentAt[k]: when edit k (the k-th character) was made
  const pushAt = [0]; // pushAt[k]: when the push carrying edit k started (Tandem; else = sentAt)
  const firstAt = [0]; // firstAt[k] / lastAt[k]: first and last delivery of edit k to a subscriber
  const lastAt = [0];
  let pushedUpTo = 0;
  const latencies = [];
  const perSubscriberSeen = subs.map(() => 0);
  let deliveredToAll = 0;
  let waiters = [];
  subs.forEach((s, i) => {
    const text = textOf(s.doc);
    s.onUpdate.fn = () => {
      const now = performance.now();
      const len = text.length;
      for (let k = perSubscriberSeen[i] + 1; k <= len; k++) {
        latencies.push(now - sentAt[k]);
        if (firstAt[k] === undefined) firstAt[k] = now;
        lastAt[k] = now;
      }
      if (len > perSubscriberSeen[i]) {
        perSubscriberSeen[i] = len;
        const min = Math.min(...perSubscriberSeen);
        if (min > deliveredToAll) {
          deliveredToAll = min;
          const ready = waiters.filter((w) => w.k <= min);
          waiters = waiters.filter((w) => w.k > min);
          for (const w of ready) w.resolve();
        }
      }
    };
  });
  const allHave = (k) => (deliveredToAll >= k ? Promise.resolve() : new Promise((resolve) => waiters.push({ k, resolve })));

  const wtext = textOf(writer.doc);
  let edits = 0;
  if (writer.hooks) {
    writer.hooks.onPushStart = (t) => {
      for (let k = pushedUpTo + 1; k <= edits; k++) pushAt[k] = t;
      pushedUpTo = edits;
    };
  }
  const type = () => {
    const ch = ALPHABET[edits % ALPHABET.length];
    edits++;
    sentAt[edits] = performance.now();
    wtext.insert(wtext.length, ch);
    if (pushAt[edits] === undefined) pushAt[edits] = sentAt[edits];
  };

  writer.resetStats();
  const cpu0 = treeCpuSeconds(server.pid);
  const gen0 = process.cpuUsage();
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  if (mode === 'paced') {
    const interval = 1000 / rate;
    for (let k = 0; ; k++) {
      const due = t0 + k * interval;
      if (due >= end) break;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      type();
    }
  } else {
    while (performance.now() < end) {
      type();
      await Promise.race([allHave(edits), sleep(10000)]);
      if (deliveredToAll < edits) break; // stalled
    }
  }
  const writeEnd = performance.now();
  await Promise.race([allHave(edits), sleep(15000)]);
  const t1 = performance.now();
  const serverCpu = treeCpuSeconds(server.pid) - cpu0;
  const gen = process.cpuUsage(gen0);

  const stats = writer.stats();
  for (const s of subs) await s.close();
  await writer.close();

  latencies.sort((a, b) => a - b);
  // Where an edit's time goes: waiting for the push that carries it (a push in flight holds the
  // next edits back, as in the SPA), push start to the first subscriber, first to last subscriber.
  const parts = { queue: [], toFirst: [], spread: [] };
  for (let k = 1; k <= edits; k++) {
    if (lastAt[k] === undefined || firstAt[k] === undefined) continue;
    parts.queue.push(pushAt[k] - sentAt[k]);
    parts.toFirst.push(firstAt[k] - pushAt[k]);
    parts.spread.push(lastAt[k] - firstAt[k]);
  }
  // The slowest edits (by delivery to the last subscriber) and when they were made: stalls that
  // repeat at a fixed interval point at periodic work (compaction, GC), scattered ones at load.
  const slowest = [];
  for (let k = 1; k <= edits; k++) {
    if (lastAt[k] !== undefined) slowest.push([Math.round(sentAt[k] - t0), Math.round(lastAt[k] - sentAt[k])]);
  }
  slowest.sort((a, b) => b[1] - a[1]);
  const breakdown = {};
  for (const [name, xs] of Object.entries(parts)) {
    xs.sort((a, b) => a - b);
    breakdown[name] = { p50: percentile(xs, 50), p99: percentile(xs, 99) };
  }
  const expected = edits * n;
  const pushMs = (stats.pushMs || []).sort((a, b) => a - b);
  return {
    server: server.name,
    subscribers: n,
    mode,
    offeredRate: mode === 'paced' ? rate : null,
    seconds: Math.round((writeEnd - t0)) / 1000,
    edits,
    editsPerSecond: edits / ((writeEnd - t0) / 1000),
    deliveredPerSecond: deliveredToAll / ((t1 - t0) / 1000),
    deliveries: latencies.length,
    lost: expected - latencies.length,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1],
    breakdown,
    slowest: slowest.slice(0, 10), // [ms after the start, ms to the last subscriber]
    pushes: stats.pushes,
    pushFailures: stats.failures,
    pushP50: pushMs.length ? percentile(pushMs, 50) : undefined,
    pushP99: pushMs.length ? percentile(pushMs, 99) : undefined,
    serverCpuPercent: (100 * serverCpu) / ((t1 - t0) / 1000),
    serverCpuMsPerEdit: (1000 * serverCpu) / Math.max(1, edits),
    loadGeneratorCpuPercent: (100 * (gen.user + gen.system) / 1e6) / ((t1 - t0) / 1000),
    loadavg1: loadavg()[0],
  };
}

function fmt(x, digits = 1) {
  return x === undefined || x === null || Number.isNaN(x) ? '–' : Number(x).toFixed(digits);
}

function printRow(r) {
  console.log(
    `${r.server.padEnd(19)} N=${String(r.subscribers).padStart(2)} ${r.mode.padEnd(10)} ` +
    `edits/s ${fmt(r.editsPerSecond).padStart(6)}  p50 ${fmt(r.p50, 2).padStart(7)} ms  p99 ${fmt(r.p99, 2).padStart(7)} ms  ` +
    `max ${fmt(r.max, 1).padStart(7)} ms  lost ${r.lost}  ` +
    (r.pushes !== undefined ? `pushes ${r.pushes} (p50 ${fmt(r.pushP50, 1)} ms)  ` : '') +
    `[queue ${fmt(r.breakdown.queue.p50)}/${fmt(r.breakdown.queue.p99)} → first ${fmt(r.breakdown.toFirst.p50)}/${fmt(r.breakdown.toFirst.p99)} → last +${fmt(r.breakdown.spread.p50)}/${fmt(r.breakdown.spread.p99)}]  ` +
    `server CPU ${fmt(r.serverCpuPercent, 0)}% (${fmt(r.serverCpuMsPerEdit, 2)} ms/edit)  loadgen CPU ${fmt(r.loadGeneratorCpuPercent, 0)}%  load ${fmt(r.loadavg1, 2)}`,
  );
}

// ---------------------------------------------------------------- main

function git(...args) {
  try {
    return execFileSync('git', ['-C', REPO, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.at) opts.at = git('rev-parse', opts.at) || opts.at; // pinned for the whole run
  const started = new Date().toISOString();
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadavgAtStart: loadavg(),
    commit: git('rev-parse', '--short', opts.at || 'HEAD'),
    backendChangesNotCommitted: git('status', '--porcelain', '--', 'backend').split('\n').filter(Boolean).length,
  };
  console.log(`co-edit bench ${started}: ${machine.cpus} × ${machine.cpuModel}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`tandem at ${machine.commit}${opts.at ? ` (backend exported from ${opts.at})` : machine.backendChangesNotCommitted ? ` (+${machine.backendChangesNotCommitted} uncommitted backend files in the work tree)` : ''}`);
  console.log(`servers ${opts.servers.join(',')} · subscribers ${opts.subscribers.join(',')} · ${opts.rate} edits/s for ${opts.duration} s · saturation ${opts.saturation} s · db ${opts.db}`);
  const results = [];
  let port = opts.portBase;
  for (const kind of opts.servers) {
    const server = kind === 'tandem' ? new TandemServer(opts, port++) : new YjsServer(opts, port++);
    await server.start();
    try {
      if (opts.profileHook) {
        execFileSync('sh', ['-c', opts.profileHook], { env: { ...process.env, SERVER_PID: String(server.pid), SERVER_NAME: server.name }, stdio: 'inherit' });
      }
      // Warm-up (imports, JIT, connection pools): not reported.
      await measure(server, 2, 'paced', opts.rate, 2);
      for (const n of opts.subscribers) {
        const r = await measure(server, n, 'paced', opts.rate, opts.duration);
        printRow(r);
        results.push(r);
      }
      if (opts.saturation > 0) {
        for (const n of opts.subscribers) {
          const r = await measure(server, n, 'saturation', null, opts.saturation);
          printRow(r);
          results.push(r);
        }
      }
    } finally {
      await server.stop();
    }
  }
  const report = { started, finished: new Date().toISOString(), machine, options: { ...opts, tandem: undefined }, results };
  if (opts.out) {
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, JSON.stringify(report, null, 2) + '\n');
    console.log(`wrote ${opts.out}`);
  }
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
