import type { Client } from 'urql';
import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
import * as Y from 'yjs';
import { graphql } from '../../../gql';
import { describeError } from '../../../lib/errors';
import { fromBase64, toBase64 } from '../utils/base64';
import { REMOTE, readdItems } from '../utils/document';
import { TOO_LARGE, count, createdBy, entries, isEmptyUpdate, merge, nextBatch, type Unsent } from '../utils/pushQueue';
import { AgendaUndo } from '../utils/undo';

// The document outside the page query: it is fetched again on every resync and reconnect.
const MeetingDocumentQuery = graphql(`
  query MeetingDocument($id: ID!, $stateVector: String) {
    node(id: $id) {
      __typename
      ... on Meeting {
        id
        document(stateVector: $stateVector) {
          update
          stateVector
          seq
        }
      }
    }
  }
`);

const MeetingDocumentSubscription = graphql(`
  subscription MeetingDocumentUpdates($meetingId: ID!, $stateVector: String) {
    meetingDocument(meetingId: $meetingId, stateVector: $stateVector) {
      update
      seq
    }
  }
`);

const PushMeetingUpdatesMutation = graphql(`
  mutation PushMeetingUpdates($input: PushMeetingUpdatesInput!) {
    pushMeetingUpdates(input: $input) {
      state {
        update
        stateVector
        seq
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

/** Where the number of unsent edits is kept next to the document (it survives a reload). */
const UNSENT_KEY = 'unsent';
/** How long to wait for IndexedDB before going on without it. */
const LOCAL_TIMEOUT_MS = 3000;
const RETRY_MAX_MS = 30_000;

export interface DocumentSyncState {
  doc: Y.Doc;
  /** Undo and redo of this person's own edits to `doc`. */
  undo: AgendaUndo;
  status: 'loading' | 'ready' | 'error';
  /** Why loading failed (status 'error'). */
  error: string | null;
  /** Local edits the server has not acknowledged yet (also those kept from an earlier visit). */
  unsent: number;
  /** The last push failed (it is retried); the edits stay here meanwhile. */
  failing: boolean;
  /** Set when a push was refused and the agenda was reloaded from the server. */
  notice: string | null;
  /** Bumped on every change to the document. */
  version: number;
}

/**
 * Keeps one meeting's Y.Doc in sync with the server (docs/sync.md): loads it from
 * `meeting.document`, follows `meetingDocument`, pushes local edits one batch at a time, and on
 * every socket (re)connect pulls by state vector and pushes whatever the server lacks.
 *
 * With a `localName`, the document is also kept in IndexedDB (y-indexeddb): on load it is merged
 * first, so edits a crashed or closed tab never sent go to the server now, and the count of
 * unsent edits is kept there too.
 */
export class DocumentSync {
  private state: DocumentSyncState;
  private readonly listeners = new Set<() => void>();
  private generation = 0;
  private running = false;
  private pending: Unsent[] = [];
  private inFlight: Unsent[] | null = null;
  private persistence: IndexeddbPersistence | null = null;
  private storedUnsent = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  private unsubscribeLive: (() => void) | null = null;
  private detachDoc: (() => void) | null = null;

  constructor(
    private readonly client: Client,
    private readonly meetingId: string,
    private readonly localName: string | null = null,
  ) {
    const doc = new Y.Doc();
    this.state = { doc, undo: new AgendaUndo(doc), status: 'loading', error: null, unsent: 0, failing: false, notice: null, version: 0 };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DocumentSyncState => this.state;

  start(): void {
    this.running = true;
    void this.load(null);
  }

  stop(): void {
    this.running = false;
    // Leaving the page: send what is still waiting (best effort; the answer is not awaited).
    if (this.state.status === 'ready') {
      for (let batch = this.takeBatch(); batch.length > 0; batch = this.takeBatch()) {
        void this.client
          .mutation(PushMeetingUpdatesMutation, { input: { meetingId: this.meetingId, updates: [toBase64(merge(batch))] } })
          .toPromise();
      }
    }
    this.generation++;
    void this.teardown();
  }

  /** Loads the document again (after a failed load; unsent edits kept locally stay). */
  retry(): void {
    void this.load(null);
  }

  /** The subscription socket came up or went down (lib/GraphQLProvider's useLiveConnection). */
  onConnection(event: 'connected' | 'closed'): void {
    if (event === 'connected' && this.running && this.state.status === 'ready') void this.reconcile();
  }

  private update(patch: Partial<DocumentSyncState>): void {
    const unsent = count(this.pending) + count(this.inFlight ?? []);
    this.state = { ...this.state, ...patch, unsent };
    if (this.persistence && this.state.status === 'ready' && unsent !== this.storedUnsent) {
      this.storedUnsent = unsent;
      this.persistence.set(UNSENT_KEY, unsent).catch(() => undefined);
    }
    for (const listener of this.listeners) listener();
  }

  private teardown(): Promise<void> {
    this.unsubscribeLive?.();
    this.unsubscribeLive = null;
    this.detachDoc?.();
    this.detachDoc = null;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.retries = 0;
    this.pending = [];
    this.inFlight = null;
    const persistence = this.persistence;
    this.persistence = null;
    return persistence ? persistence.destroy().catch(() => undefined) : Promise.resolve();
  }

  /** Opens the local copy and merges it into `doc`; answers how many edits it held unsent. */
  private async openLocal(doc: Y.Doc, discard: boolean): Promise<number> {
    if (!this.localName || typeof indexedDB === 'undefined') return 0;
    if (discard) await clearDocument(this.localName).catch(() => undefined);
    const persistence = new IndexeddbPersistence(this.localName, doc);
    this.persistence = persistence;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const unsent: unknown = await Promise.race([
        persistence.whenSynced.then(() => persistence.get(UNSENT_KEY) as Promise<unknown>),
        // A database that cannot open (private mode) fails at once rather than at the timeout.
        persistence._db.then(() => new Promise<never>(() => undefined)),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('IndexedDB is not answering')), LOCAL_TIMEOUT_MS);
        }),
      ]);
      this.storedUnsent = typeof unsent === 'number' ? unsent : 0;
      return this.storedUnsent;
    } catch {
      // No IndexedDB here (private mode, blocked), or a newer load took over meanwhile: the
      // agenda works from memory alone (or from the newer load's copy).
      if (this.persistence === persistence) this.persistence = null;
      void persistence.destroy().catch(() => undefined);
      return 0;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * (Re)loads the document: the local copy first, then what the server has. `discard` throws
   * the local copy away first (after a refused push it holds what the server never will).
   */
  private async load(notice: string | null, discard = false, afterLoad?: (doc: Y.Doc) => void): Promise<void> {
    const generation = ++this.generation;
    await this.teardown();
    if (generation !== this.generation) return;
    const doc = new Y.Doc();
    this.state.undo.destroy();
    this.update({ doc, undo: new AgendaUndo(doc), status: 'loading', error: null, failing: false, notice, version: this.state.version + 1 });
    const kept = await this.openLocal(doc, discard);
    if (generation !== this.generation) return;
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      const local = origin !== REMOTE;
      const queued = local ? entries(update, 1) : [];
      if (queued === null) {
        void this.load(TOO_LARGE, true);
        return;
      }
      this.pending.push(...queued);
      this.update({ version: this.state.version + 1 });
      if (local) this.flush();
    };
    doc.on('update', onUpdate);
    this.detachDoc = () => {
      doc.off('update', onUpdate);
    };

    const result = await this.client
      .query(MeetingDocumentQuery, { id: this.meetingId, stateVector: null }, { requestPolicy: 'network-only' })
      .toPromise();
    if (generation !== this.generation) return;
    const node = result.data?.node;
    if (node?.__typename !== 'Meeting') {
      this.update({ status: 'error', error: result.error ? describeError(result.error) : 'This agenda could not be found.' });
      return;
    }
    Y.applyUpdate(doc, fromBase64(node.document.update), REMOTE);
    // What the local copy holds and the server lacks: edits from an earlier visit, never sent.
    const missing = Y.encodeStateAsUpdate(doc, fromBase64(node.document.stateVector));
    const backlog = isEmptyUpdate(missing) ? [] : entries(missing, Math.max(1, kept));
    if (backlog === null) {
      void this.load(TOO_LARGE, true);
      return;
    }
    this.pending.unshift(...backlog);
    this.update({ status: 'ready', version: this.state.version + 1 });
    this.follow(generation, doc);
    this.flush();
    afterLoad?.(doc);
  }

  private follow(generation: number, doc: Y.Doc): void {
    const variables = { meetingId: this.meetingId, stateVector: toBase64(Y.encodeStateVector(doc)) };
    const live = this.client.subscription(MeetingDocumentSubscription, variables).subscribe((result) => {
      if (generation !== this.generation) return;
      const message = result.data?.meetingDocument;
      if (message) Y.applyUpdate(doc, fromBase64(message.update), REMOTE);
    });
    this.unsubscribeLive = () => live.unsubscribe();
  }

  /** After a (re)connect: pull what we lack, push what the server lacks. */
  private async reconcile(): Promise<void> {
    const generation = this.generation;
    const doc = this.state.doc;
    const result = await this.client
      .query(MeetingDocumentQuery, { id: this.meetingId, stateVector: toBase64(Y.encodeStateVector(doc)) }, { requestPolicy: 'network-only' })
      .toPromise();
    if (generation !== this.generation) return;
    const node = result.data?.node;
    if (node?.__typename !== 'Meeting') return;
    Y.applyUpdate(doc, fromBase64(node.document.update), REMOTE);
    // Follow again from here (a subscription that ended with the old socket is started anew).
    this.unsubscribeLive?.();
    this.follow(generation, doc);
    const missing = Y.encodeStateAsUpdate(doc, fromBase64(node.document.stateVector));
    // Everything the server lacks goes anew, in batches under the cap, standing for all the
    // edits waiting so far (also one sent into a dying socket: its answer no longer counts).
    const edits = count(this.pending) + count(this.inFlight ?? []);
    const backlog = isEmptyUpdate(missing) ? [] : entries(missing, Math.max(1, edits));
    if (backlog === null) {
      void this.load(TOO_LARGE, true);
      return;
    }
    this.inFlight = null;
    this.pending = backlog;
    // Back online: no need to wait out the retry delay.
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.retries = 0;
    this.update({});
    this.flush();
  }

  private flush(): void {
    if (this.inFlight || this.pending.length === 0 || this.state.status !== 'ready' || this.retryTimer !== undefined) return;
    const batch = this.takeBatch();
    this.inFlight = batch;
    this.update({});
    void this.push(this.generation, batch);
  }

  private takeBatch(): Unsent[] {
    const batch = nextBatch(this.pending);
    this.pending = this.pending.slice(batch.length);
    return batch;
  }

  private async push(generation: number, batch: Unsent[]): Promise<void> {
    const doc = this.state.doc;
    const result = await this.client
      .mutation(PushMeetingUpdatesMutation, {
        input: { meetingId: this.meetingId, updates: [toBase64(merge(batch))], stateVector: toBase64(Y.encodeStateVector(doc)) },
      })
      .toPromise();
    if (generation !== this.generation) return;
    const payload = result.data?.pushMeetingUpdates;
    if (this.inFlight !== batch) {
      // A reconnect took these edits over meanwhile; only what the server sent back matters.
      if (payload?.state && payload.errors.length === 0) Y.applyUpdate(doc, fromBase64(payload.state.update), REMOTE);
      return;
    }
    this.inFlight = null;
    if (!payload) {
      // Not delivered (network, server error): keep the edits and try again.
      this.pending = [...batch, ...this.pending];
      const delay = Math.min(RETRY_MAX_MS, 1000 * 2 ** this.retries);
      this.retries++;
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        this.flush();
      }, delay);
      this.update({ failing: true });
      return;
    }
    if (payload.errors.length > 0) {
      // A refused push stored nothing: our copy holds something the server never will.
      const codes = payload.errors.map((e) => e.code);
      const reason = payload.errors.map((e) => e.message).join(' ');
      if (codes.includes('ITEM_KEY_TAKEN')) {
        // Someone created a talking point under one of our keys first: ours go in again under
        // new keys, with their text (other edits of the refused batch are undone, and said so).
        const ours = createdBy(batch);
        void this.load(
          `Someone added a talking point at the same moment as you; yours ${ours.length === 1 ? 'was' : 'were'} kept. Other edits made just then were undone.`,
          true,
          (fresh) => readdItems(fresh, ours),
        );
        return;
      }
      if (codes.includes('TOO_LARGE')) {
        void this.load(TOO_LARGE, true);
        return;
      }
      void this.load(`An edit could not be saved and was undone (${reason}). The agenda was reloaded.`, true);
      return;
    }
    this.retries = 0;
    if (payload.state) Y.applyUpdate(doc, fromBase64(payload.state.update), REMOTE);
    this.update({ failing: false });
    this.flush();
  }
}
