/**
 * Convergence of a meeting's live document, end to end.
 *
 * What it proves: six real Yjs clients (two people, three devices each) editing one agenda
 * through a real `tandem serve` — adding, typing, checking off, reordering and removing talking
 * points, with plain GraphQL mutations (add/update/move/removeTalkingPoint) mixed in, every
 * server message delayed, reordered and sometimes delivered twice, pushes split, reordered and
 * sometimes sent twice, the update log compacted and the server SIGKILLed mid-run while the
 * clients keep editing offline — end with every client's document, the server's document and
 * the talking-point projection identical, and with exactly the talking points the run created
 * minus those it removed, none twice. Along the way, whenever everything has been pushed and
 * delivered, each client (with what waits in its inbox) equals the server and the projection
 * equals the document; right before the final reconnect exchange (which would heal a server
 * that lost an update) the clients must already equal the server.
 *
 * Run: `npm run convergence` (from frontend/; needs backend/.venv). The seed is printed first;
 * `CONVERGENCE_SEED=<seed> npm run convergence` replays its choices (which client does what,
 * where, in which order). The server's own randomness (ids of plain-added talking points, its
 * client ids) and the interleaving of concurrent requests still vary, so a replay reproduces a
 * failure often, not always. `CONVERGENCE_STEPS=<n>` sets the length of each editing phase,
 * `CONVERGENCE_STOP=1` fails at the first mid-run problem, `CONVERGENCE_KEEP=1` keeps the
 * temporary database and the server's logs.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { itemsOf, liveItems } from './agenda';
import { Rng } from './rng';
import { TandemServer } from './server';
import { itemsJson, World } from './world';

const SEED = Number(process.env.CONVERGENCE_SEED ?? Math.floor(Math.random() * 2 ** 31));
const STEPS = Number(process.env.CONVERGENCE_STEPS ?? 400);
const DEVICES = 6;

let server: TandemServer;
let world: World | null = null;

beforeAll(async () => {
  console.log(`convergence seed ${SEED} (replay: CONVERGENCE_SEED=${SEED} npm run convergence)`);
  server = await TandemServer.create();
  await server.cli('migrate');
});

afterAll(async () => {
  world?.close();
  await server.dispose(process.env.CONVERGENCE_KEEP === '1');
});

test('clients, server document and projection converge through chaos, compaction and a crash', async () => {
  const started = Date.now();
  // given: two people, six devices following one meeting's document
  const rng = new Rng(SEED);
  world = await World.create(server, rng, DEVICES);

  // when: they edit until the log has compacted at least once
  while (world.counts.steps < STEPS || (await server.documentRow(world.meetingUuid)).snapshotSeq === 0) {
    await world.step();
    if (world.counts.steps > STEPS * 3) break;
  }
  const compacted = await server.documentRow(world.meetingUuid);
  const phases: Record<string, number> = { setupAndEditing: Date.now() - started };
  expect(compacted.snapshotSeq, 'the log was compacted into the snapshot mid-run').toBeGreaterThanOrEqual(200);

  // and: the server dies with pushes in flight; everyone keeps editing offline; it comes back
  await world.crash();
  for (let i = 0; i < STEPS / 5; i++) await world.step();
  await world.restart();
  phases.crash = Date.now() - started;

  // and: they edit on, then stop and sync
  for (let i = 0; i < STEPS; i++) await world.step();
  phases.editing2 = Date.now() - started;
  await world.quiesce();
  phases.quiesce = Date.now() - started;

  // then: every client holds the same document, and so does the server
  const clientJson = world.clients.map((c) => itemsJson(c.doc));
  const serverDoc = await world.serverDocument();
  for (const [i, json] of clientJson.entries()) expect(json, `${world.clients[i]?.name ?? i} equals the server`).toBe(itemsJson(serverDoc));

  // and: the projection shows exactly the document's live items, in its order
  const { points, items, doc } = await world.agenda();
  expect(itemsJson(doc)).toBe(itemsJson(serverDoc));
  expect(World.projectionDrift(points, items)).toEqual([]);
  world.resolveKeys(points, items);

  // and: the live items are those created minus those removed, each once
  const plainKeys = [...world.ledger.addedPlain].map((id) => world?.keyOf.get(id) ?? `unresolved:${id}`);
  const expected = [...world.ledger.added, ...plainKeys].filter((key) => !world?.ledger.removed.has(key)).sort();
  const liveKeys = liveItems(serverDoc).map((item) => item.id).sort();
  const missing = expected.filter((key) => !liveKeys.includes(key));
  const unexpected = liveKeys.filter((key) => !expected.includes(key));
  expect({ missing, unexpected }, 'live items = created - removed').toEqual({ missing: [], unexpected: [] });
  expect(liveKeys).toEqual(expected);
  expect(new Set(points.map((p) => p.id)).size).toBe(points.length);
  expect(itemsOf(serverDoc).size).toBe(world.ledger.added.size + world.ledger.addedPlain.size);

  // and: nothing was refused or drifted along the way
  expect(world.refusals()).toEqual([]);
  expect(world.problems).toEqual([]);

  const final = await server.documentRow(world.meetingUuid);
  const totals = world.clients.reduce<Record<string, number>>((sum, c) => {
    for (const [k, v] of Object.entries(c.stats) as [string, number][]) sum[k] = k === 'longestInbox' ? Math.max(sum[k] ?? 0, v) : (sum[k] ?? 0) + v;
    return sum;
  }, {});
  console.log(
    JSON.stringify({
      seed: SEED,
      seconds: (Date.now() - started) / 1000,
      phases,
      steps: world.counts.steps,
      edits: world.counts.edits,
      plain: world.counts.plain,
      reconnects: world.counts.reconnects,
      checks: world.counts.checks,
      msPerStepKind: world.counts.ms,
      clients: totals,
      items: { total: itemsOf(serverDoc).size, live: liveKeys.length, removed: world.ledger.removed.size },
      log: { compactedMidRun: compacted, final },
    }),
  );
}, 120_000);
