import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Client } from 'urql';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../utils/base64';
import { addItem, readItems, setItemField } from '../utils/document';
import { DocumentSync } from './documentSync';

interface Variables {
  stateVector?: string | null;
  input?: { updates: string[]; stateVector?: string | null };
}

/** A stand-in for the API: one server-side Y.Doc, answering as docs/sync.md says. */
function fakeServer() {
  const doc = new Y.Doc();
  const sinks: ((result: unknown) => void)[] = [];
  const server = {
    doc,
    refuse: null as string | null,
    /** The code of the next refusal (then back to INVALID). */
    code: 'INVALID',
    offline: false,
    pushes: 0,
    /** The size of every update pushed. */
    sizes: [] as number[],
    broadcast(update: Uint8Array) {
      for (const sink of sinks) sink({ data: { meetingDocument: { update: toBase64(update), seq: 1 } } });
    },
  };
  const state = (sv: string | null | undefined) => ({
    update: toBase64(Y.encodeStateAsUpdate(doc, sv ? fromBase64(sv) : undefined)),
    stateVector: toBase64(Y.encodeStateVector(doc)),
    seq: 1,
  });
  const client = {
    query: (_q: unknown, v: Variables) => ({
      toPromise: () => Promise.resolve({ data: { node: { __typename: 'Meeting', id: 'M1', document: state(v.stateVector) } } }),
    }),
    mutation: (_q: unknown, v: Variables) => ({
      toPromise: () => {
        server.pushes++;
        if (server.offline) return Promise.resolve({ error: new Error('offline') });
        const updates = (v.input?.updates ?? []).map(fromBase64);
        server.sizes.push(...updates.map((u) => u.length));
        const tooLarge = updates.reduce((sum, u) => sum + u.length, 0) > 256 * 1024;
        if (server.refuse || tooLarge) {
          const error = { field: 'updates', message: server.refuse ?? 'Too large.', code: tooLarge ? 'TOO_LARGE' : server.code };
          server.refuse = null;
          server.code = 'INVALID';
          return Promise.resolve({ data: { pushMeetingUpdates: { state: null, errors: [error] } } });
        }
        for (const update of updates) Y.applyUpdate(doc, update);
        return Promise.resolve({ data: { pushMeetingUpdates: { state: state(v.input?.stateVector), errors: [] } } });
      },
    }),
    subscription: () => ({
      subscribe: (sink: (result: unknown) => void) => {
        sinks.push(sink);
        return { unsubscribe: () => sinks.splice(sinks.indexOf(sink), 1) };
      },
    }),
  };
  return { server, client: client as unknown as Client };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function seedServer(doc: Y.Doc) {
  addItem(doc, { text: 'How are you?', author: 'template', section: 'Check-in', order: 'a0' });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('DocumentSync', () => {
  it('loads the document, pushes local edits and applies what others write', async () => {
    const { server, client } = fakeServer();
    seedServer(server.doc);
    const sync = new DocumentSync(client, 'M1');
    sync.start();
    await settle();
    const { doc } = sync.getSnapshot();
    expect(sync.getSnapshot().status).toBe('ready');
    expect(readItems(doc).map((i) => i.text)).toEqual(['How are you?']);

    const id = addItem(doc, { text: 'Budget', author: 'U1', section: 'Check-in', order: 'a1' });
    expect(sync.getSnapshot().unsent).toBe(1);
    await settle();
    expect(sync.getSnapshot().unsent).toBe(0);
    expect(readItems(server.doc).find((i) => i.id === id)?.text).toBe('Budget');

    // Someone else checks it off: the subscription brings it.
    const before = Y.encodeStateVector(server.doc);
    setItemField(server.doc, id, 'done', true);
    server.broadcast(Y.encodeStateAsUpdate(server.doc, before));
    expect(readItems(doc).find((i) => i.id === id)?.done).toBe(true);
    sync.stop();
  });

  it('keeps edits while pushes fail and sends them once back', async () => {
    vi.useFakeTimers();
    const { server, client } = fakeServer();
    const sync = new DocumentSync(client, 'M1');
    sync.start();
    await vi.runAllTimersAsync();
    server.offline = true;
    addItem(sync.getSnapshot().doc, { text: 'One', author: 'U1', section: '', order: 'a0' });
    addItem(sync.getSnapshot().doc, { text: 'Two', author: 'U1', section: '', order: 'a1' });
    await vi.advanceTimersByTimeAsync(10);
    expect(sync.getSnapshot()).toMatchObject({ unsent: 2, failing: true });

    server.offline = false;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sync.getSnapshot()).toMatchObject({ unsent: 0, failing: false });
    expect(readItems(server.doc).map((i) => i.text).sort()).toEqual(['One', 'Two']);
    sync.stop();
  });

  it('on reconnect pulls what it lacks and pushes what the server lacks', async () => {
    const { server, client } = fakeServer();
    const sync = new DocumentSync(client, 'M1');
    sync.start();
    await settle();
    const { doc } = sync.getSnapshot();
    // An edit "sent into a dying socket": the doc has it, the server does not, nothing is pending.
    server.offline = true;
    addItem(doc, { text: 'Mine', author: 'U1', section: '', order: 'a0' });
    await settle();
    server.offline = false;
    seedServer(server.doc); // written by someone else meanwhile, never broadcast to us

    sync.onConnection('connected');
    await settle();
    await settle();
    expect(readItems(doc).map((i) => i.text).sort()).toEqual(['How are you?', 'Mine']);
    expect(readItems(server.doc).map((i) => i.text).sort()).toEqual(['How are you?', 'Mine']);
    expect(sync.getSnapshot().unsent).toBe(0);
    sync.stop();
  });

  it('discards its copy and reloads when a push is refused', async () => {
    const { server, client } = fakeServer();
    seedServer(server.doc);
    const sync = new DocumentSync(client, 'M1');
    sync.start();
    await settle();
    const first = sync.getSnapshot().doc;
    server.refuse = 'Items are never removed.';
    addItem(first, { text: 'Refused', author: 'U1', section: '', order: 'a1' });
    await settle();
    await settle();
    const after = sync.getSnapshot();
    expect(after.doc).not.toBe(first);
    expect(after.status).toBe('ready');
    expect(after.notice).toContain('Items are never removed.');
    expect(readItems(after.doc).map((i) => i.text)).toEqual(['How are you?']);
    sync.stop();
  });

  it('sends edits still waiting when it stops (leaving the page)', async () => {
    const { server, client } = fakeServer();
    const sync = new DocumentSync(client, 'M1');
    sync.start();
    await settle();
    const { doc } = sync.getSnapshot();
    addItem(doc, { text: 'First', author: 'U1', section: '', order: 'a0' }); // goes out at once
    addItem(doc, { text: 'Second', author: 'U1', section: '', order: 'a1' }); // waits for the first
    sync.stop();
    await settle();
    expect(readItems(server.doc).map((i) => i.text).sort()).toEqual(['First', 'Second']);
  });

  it('keeps unsent edits across a crashed tab, with their count, and sends them on the next open', async () => {
    const { server, client } = fakeServer();
    seedServer(server.doc);
    const name = 'tandem:agenda:U1:crash';
    // A tab whose pushes never get through, and which then dies without a goodbye.
    const crashed = new DocumentSync(unreachable(client), 'M1', name);
    crashed.start();
    await vi.waitFor(() => expect(crashed.getSnapshot().status).toBe('ready'));
    const id = addItem(crashed.getSnapshot().doc, { text: 'Offline idea', author: 'U1', section: '', order: 'a1' });
    setItemField(crashed.getSnapshot().doc, id, 'done', true);
    await vi.waitFor(() => expect(crashed.getSnapshot()).toMatchObject({ unsent: 2, failing: true }));
    await vi.waitFor(async () => expect(await storedCopy(name)).toEqual({ texts: ['How are you?', 'Offline idea'], unsent: 2 }));

    // The next open, while pushes still fail, shows the same count.
    server.offline = true;
    const reopened = new DocumentSync(client, 'M1', name);
    reopened.start();
    await vi.waitFor(() => expect(reopened.getSnapshot()).toMatchObject({ status: 'ready', unsent: 2 }));
    expect(readItems(server.doc).map((i) => i.text)).toEqual(['How are you?']);

    // Back online, the edits reach the server and nothing is left unsent, here or on disk.
    server.offline = false;
    await vi.waitFor(() => expect(reopened.getSnapshot().unsent).toBe(0), { timeout: 5_000 });
    expect(readItems(server.doc).find((i) => i.id === id)).toMatchObject({ text: 'Offline idea', done: true });
    await vi.waitFor(async () => expect((await storedCopy(name)).unsent).toBe(0));
    crashed.stop();
    reopened.stop();
  });

  it('throws its local copy away with a refused push, so the refused edit never comes back', async () => {
    const { server, client } = fakeServer();
    seedServer(server.doc);
    const name = 'tandem:agenda:U1:refused';
    const sync = new DocumentSync(client, 'M1', name);
    sync.start();
    await vi.waitFor(() => expect(sync.getSnapshot().status).toBe('ready'));
    const first = sync.getSnapshot().doc;
    server.refuse = 'Items are never removed.';
    addItem(first, { text: 'Refused', author: 'U1', section: '', order: 'a1' });
    await vi.waitFor(() => expect(sync.getSnapshot()).toMatchObject({ status: 'ready', notice: expect.stringContaining('never removed') as unknown }));
    server.refuse = null;
    sync.stop();

    const reopened = new DocumentSync(client, 'M1', name);
    reopened.start();
    await vi.waitFor(() => expect(reopened.getSnapshot().status).toBe('ready'));
    expect(readItems(reopened.getSnapshot().doc).map((i) => i.text)).toEqual(['How are you?']);
    expect(reopened.getSnapshot().unsent).toBe(0);
    reopened.stop();
  });
});

describe('DocumentSync with large or conflicting edits', () => {
  it('adds its talking point again under a new key when someone created that key first', async () => {
    const { server, client } = fakeServer();
    seedServer(server.doc);
    const sync = new DocumentSync(client, 'M1');
    sync.start();
    await settle();
    server.refuse = 'Someone created the talking point first.';
    server.code = 'ITEM_KEY_TAKEN';
    const key = addItem(sync.getSnapshot().doc, { text: 'Mine', author: 'U1', section: 'Check-in', order: 'a1' });
    // the other person's talking point under the same key reached the server first
    addItem(server.doc, { text: 'Theirs', author: 'U2', section: 'Check-in', order: 'a2' }, key);

    await vi.waitFor(() => expect(readItems(server.doc).map((i) => i.text).sort()).toEqual(['How are you?', 'Mine', 'Theirs']));
    const mine = readItems(server.doc).find((i) => i.text === 'Mine');
    expect(mine?.id).not.toBe(key);
    expect(mine).toMatchObject({ author: 'U1', section: 'Check-in', order: 'a1' });
    expect(sync.getSnapshot().notice).toContain('yours was kept');
    await vi.waitFor(() => expect(sync.getSnapshot().unsent).toBe(0));
    sync.stop();
  });

  it('sends an offline backlog over the cap in batches under it', async () => {
    const { server, client } = fakeServer();
    const sync = new DocumentSync(client, 'M1');
    sync.start();
    await settle();
    server.offline = true;
    const { doc } = sync.getSnapshot();
    for (let n = 0; n < 60; n++) addItem(doc, { text: `${n} ${'x'.repeat(8000)}`, author: 'U1', section: '', order: 'a0' });
    await settle();

    server.offline = false;
    server.sizes = [];
    sync.onConnection('connected');

    await vi.waitFor(() => expect(readItems(server.doc)).toHaveLength(60));
    expect(Math.max(...server.sizes)).toBeLessThanOrEqual(256 * 1024);
    expect(server.sizes.length).toBeGreaterThan(1);
    await vi.waitFor(() => expect(sync.getSnapshot().unsent).toBe(0));
    expect(sync.getSnapshot().notice).toBeNull();
    sync.stop();
  });

  it('tells the person when one edit is too large to save, and sends nothing over the cap', async () => {
    const { server, client } = fakeServer();
    seedServer(server.doc);
    const sync = new DocumentSync(client, 'M1');
    sync.start();
    await settle();
    server.sizes = [];
    addItem(sync.getSnapshot().doc, { text: 'y'.repeat(300 * 1024), author: 'U1', section: '', order: 'a1' });

    await vi.waitFor(() => expect(sync.getSnapshot()).toMatchObject({ status: 'ready', notice: expect.stringContaining('too large') as unknown }));
    expect(server.sizes).toEqual([]);
    expect(readItems(sync.getSnapshot().doc).map((i) => i.text)).toEqual(['How are you?']);
    sync.stop();
  });
});

/** The same API, except that no push ever gets through. */
function unreachable(client: Client): Client {
  const mutation = () => ({ toPromise: () => Promise.resolve({ error: new Error('offline') }) });
  return { ...client, mutation } as unknown as Client;
}

/** What IndexedDB holds under `name`: the talking points' texts and the unsent count. */
async function storedCopy(name: string): Promise<{ texts: string[]; unsent: unknown }> {
  const doc = new Y.Doc();
  const probe = new IndexeddbPersistence(name, doc);
  await probe.whenSynced;
  const unsent: unknown = await probe.get('unsent');
  await probe.destroy();
  return { texts: readItems(doc).map((i) => i.text).sort(), unsent };
}
