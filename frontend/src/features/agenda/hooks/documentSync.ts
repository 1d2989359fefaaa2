import type { Client } from 'urql';
import * as Y from 'yjs';
import { graphql } from '../../../gql';
import { describeError } from '../../../lib/errors';
import { fromBase64, toBase64 } from '../utils/base64';
import { REMOTE } from '../utils/document';
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

/** The server refuses pushes above 256 KiB; batches stay well below. */
const BATCH_BYTES = 192 * 1024;
const RETRY_MAX_MS = 30_000;

export interface DocumentSyncState {
  doc: Y.Doc;
  /** Undo and redo of this person's own edits to `doc`. */
  undo: AgendaUndo;
  status: 'loading' | 'ready' | 'error';
  /** Why loading failed (status 'error'). */
  error: string | null;
  /** Local edits the server has not acknowledged yet. */
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
 */
export class DocumentSync {
  private state: DocumentSyncState;
  private readonly listeners = new Set<() => void>();
  private generation = 0;
  private running = false;
  private pending: Uint8Array[] = [];
  private inFlight: Uint8Array[] | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  private unsubscribeLive: (() => void) | null = null;
  private detachDoc: (() => void) | null = null;

  constructor(
    private readonly client: Client,
    private readonly meetingId: string,
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
    if (this.state.status === 'ready' && this.pending.length > 0) {
      const batch = this.pending.length === 1 ? this.pending[0] : Y.mergeUpdates(this.pending);
      if (batch) {
        void this.client
          .mutation(PushMeetingUpdatesMutation, { input: { meetingId: this.meetingId, updates: [toBase64(batch)] } })
          .toPromise();
      }
    }
    this.generation++;
    this.teardown();
  }

  /** Throws the local copy away and loads the document again. */
  retry(): void {
    void this.load(null);
  }

  /** The subscription socket came up or went down (lib/GraphQLProvider's useLiveConnection). */
  onConnection(event: 'connected' | 'closed'): void {
    if (event === 'connected' && this.running && this.state.status === 'ready') void this.reconcile();
  }

  private update(patch: Partial<DocumentSyncState>): void {
    this.state = { ...this.state, ...patch, unsent: this.pending.length + (this.inFlight?.length ?? 0) };
    for (const listener of this.listeners) listener();
  }

  private teardown(): void {
    this.unsubscribeLive?.();
    this.unsubscribeLive = null;
    this.detachDoc?.();
    this.detachDoc = null;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.retries = 0;
    this.pending = [];
    this.inFlight = null;
  }

  private async load(notice: string | null): Promise<void> {
    const generation = ++this.generation;
    this.teardown();
    const doc = new Y.Doc();
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) this.pending.push(update);
      this.update({ version: this.state.version + 1 });
      if (origin !== REMOTE) this.flush();
    };
    doc.on('update', onUpdate);
    this.detachDoc = () => {
      doc.off('update', onUpdate);
    };
    this.state.undo.destroy();
    this.update({ doc, undo: new AgendaUndo(doc), status: 'loading', error: null, failing: false, notice, version: this.state.version + 1 });

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
    this.update({ status: 'ready' });
    this.follow(generation, doc);
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
    // Anything sent into a dying socket (or never acknowledged) goes again; applying twice is harmless.
    const decoded = Y.decodeUpdate(missing);
    if (decoded.structs.length > 0 || decoded.ds.clients.size > 0) this.pending.unshift(missing);
    // Back online: no need to wait out the retry delay.
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.retries = 0;
    this.update({});
    this.flush();
  }

  private flush(): void {
    if (this.inFlight || this.pending.length === 0 || this.state.status !== 'ready' || this.retryTimer !== undefined) return;
    const batch: Uint8Array[] = [];
    let size = 0;
    for (const update of this.pending) {
      if (batch.length > 0 && size + update.length > BATCH_BYTES) break;
      batch.push(update);
      size += update.length;
    }
    this.pending = this.pending.slice(batch.length);
    this.inFlight = batch;
    this.update({});
    void this.push(this.generation, batch);
  }

  private async push(generation: number, batch: Uint8Array[]): Promise<void> {
    const doc = this.state.doc;
    const merged = batch.length === 1 ? batch[0] : Y.mergeUpdates(batch);
    const result = await this.client
      .mutation(PushMeetingUpdatesMutation, {
        input: { meetingId: this.meetingId, updates: [toBase64(merged ?? new Uint8Array())], stateVector: toBase64(Y.encodeStateVector(doc)) },
      })
      .toPromise();
    if (generation !== this.generation) return;
    this.inFlight = null;
    const payload = result.data?.pushMeetingUpdates;
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
      const reason = payload.errors.map((e) => e.message).join(' ');
      void this.load(`An edit could not be saved and was undone (${reason}). The agenda was reloaded.`);
      return;
    }
    this.retries = 0;
    if (payload.state) Y.applyUpdate(doc, fromBase64(payload.state.update), REMOTE);
    this.update({ failing: false });
    this.flush();
  }
}
