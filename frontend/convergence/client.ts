import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { LOCAL, REMOTE } from './agenda';
import { fromBase64, GraphQLFailure, type GraphQLHttp, toBase64 } from './http';
import type { Rng } from './rng';

const DOCUMENT = `query Document($id: ID!, $stateVector: String) {
  node(id: $id) { ... on Meeting { document(stateVector: $stateVector) { update stateVector seq } } }
}`;
const FOLLOW = `subscription Follow($meetingId: ID!, $stateVector: String) {
  meetingDocument(meetingId: $meetingId, stateVector: $stateVector) { update seq }
}`;
const PUSH = `mutation Push($input: PushMeetingUpdatesInput!) {
  pushMeetingUpdates(input: $input) {
    state { update stateVector seq }
    errors { field message code }
  }
}`;

interface DocumentState {
  update: string;
  stateVector: string;
  seq: number;
}

interface Message {
  update: Uint8Array;
  /** Delivered once already; this is the duplicate. */
  again: boolean;
}

export interface ClientStats {
  edits: number;
  pushes: number;
  pushedUpdates: number;
  doubledPushes: number;
  failedPushes: number;
  received: number;
  applied: number;
  duplicates: number;
  connects: number;
  longestInbox: number;
}

export async function fetchDocument(http: GraphQLHttp, meetingId: string, stateVector: Uint8Array | null): Promise<DocumentState> {
  const data = await http.request<{ node: { document: DocumentState } }>(DOCUMENT, {
    id: meetingId,
    stateVector: stateVector ? toBase64(stateVector) : null,
  });
  return data.node.document;
}

/**
 * A Yjs client of one meeting's document with a transport the test controls: what the server
 * sends waits in an inbox until the test delivers it (in any order, some twice); local updates
 * wait until the test pushes them (any subset, in any order, some twice).
 */
export class SyncClient {
  readonly doc = new Y.Doc();
  /** Arrived from the server, not yet handed to the inbox (see `settle`). */
  private wire: { order: number; message: Message }[] = [];
  readonly inbox: Message[] = [];
  /** Local updates not yet pushed. */
  unsent: Uint8Array[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private socket: Client | null = null;
  private generation = 0;
  private requests = 0;
  connected = false;
  /** The highest log sequence number the subscription has delivered. */
  seenSeq = 0;
  /** The highest sequence number a push answer reported. */
  ackedSeq = 0;
  /** The talking point this client added last. */
  latestItem: string | null = null;
  readonly refusals: string[] = [];
  readonly stats: ClientStats = {
    edits: 0,
    pushes: 0,
    pushedUpdates: 0,
    doubledPushes: 0,
    failedPushes: 0,
    received: 0,
    applied: 0,
    duplicates: 0,
    connects: 0,
    longestInbox: 0,
  };

  constructor(
    readonly name: string,
    readonly userId: string,
    clientId: number,
    private readonly http: GraphQLHttp,
    private readonly wsUrl: string,
    private readonly token: string,
    private readonly meetingId: string,
  ) {
    this.doc.clientID = clientId;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL) {
        this.unsent.push(update);
        this.stats.edits += 1;
      }
    });
  }

  /** (Re)connects: follows the document from the local state vector, then does both directions
   *  of the exchange — pull what the server has, push what it lacks. */
  async connect(): Promise<void> {
    this.disconnect();
    const generation = ++this.generation;
    this.stats.connects += 1;
    const socket = createClient({
      url: this.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: `Bearer ${this.token}` },
      retryAttempts: 0,
      lazy: true,
      on: {
        closed: () => {
          if (generation === this.generation) this.connected = false;
        },
      },
    });
    this.socket = socket;
    await new Promise<void>((resolve, reject) => {
      let first = true;
      const timer = setTimeout(() => reject(new Error(`${this.name}: no first message in 5 s`)), 5000);
      socket.subscribe<{ meetingDocument: { update: string; seq: number } }>(
        { query: FOLLOW, variables: { meetingId: this.meetingId, stateVector: toBase64(Y.encodeStateVector(this.doc)) } },
        {
          next: (result) => {
            if (generation !== this.generation) return;
            const message = result.data?.meetingDocument;
            if (!message) {
              this.refusals.push(`${this.name}: subscription error ${JSON.stringify(result.errors)}`);
              return;
            }
            this.stats.received += 1;
            this.seenSeq = Math.max(this.seenSeq, message.seq);
            this.wire.push({ order: message.seq, message: { update: fromBase64(message.update), again: false } });
            if (first) {
              first = false;
              this.connected = true;
              clearTimeout(timer);
              resolve();
            }
          },
          error: (error: unknown) => {
            if (generation === this.generation) this.connected = false;
            clearTimeout(timer);
            reject(error instanceof Error ? error : new Error(`${this.name}: subscription failed ${JSON.stringify(error)}`));
          },
          complete: () => {
            if (generation === this.generation) this.connected = false;
          },
        },
      );
    });
    const state = await fetchDocument(this.http, this.meetingId, Y.encodeStateVector(this.doc));
    Y.applyUpdate(this.doc, fromBase64(state.update), REMOTE);
    const lacking = Y.encodeStateAsUpdate(this.doc, fromBase64(state.stateVector));
    await this.send([lacking]);
  }

  disconnect(): void {
    this.generation += 1;
    this.connected = false;
    void this.socket?.dispose();
    this.socket = null;
  }

  /** Pushes a random subset of the unsent updates in random order; sometimes the same batch
   *  twice at once, sometimes split into two concurrent requests. */
  pushSome(rng: Rng): void {
    if (this.unsent.length === 0) return;
    const order = rng.shuffle(this.unsent.map((_, i) => i));
    const chosen = order.slice(0, rng.int(1, Math.min(order.length, 6)));
    const batch = chosen.flatMap((i) => this.unsent.slice(i, i + 1));
    this.unsent = this.unsent.filter((_, i) => !chosen.includes(i));
    if (batch.length > 1 && rng.chance(0.3)) {
      const cut = rng.int(1, batch.length - 1);
      void this.send(batch.slice(cut));
      void this.send(batch.slice(0, cut));
    } else {
      void this.send(batch);
    }
    if (rng.chance(0.15)) {
      this.stats.doubledPushes += 1;
      void this.send(rng.shuffle(batch));
    }
  }

  /** Pushes everything unsent, in order. */
  async pushAll(): Promise<void> {
    const batch = this.unsent;
    this.unsent = [];
    if (batch.length) await this.send(batch);
  }

  private send(updates: Uint8Array[]): Promise<void> {
    const order = ++this.requests;
    this.stats.pushes += 1;
    this.stats.pushedUpdates += updates.length;
    const request = this.http
      .request<{ pushMeetingUpdates: { state: DocumentState | null; errors: unknown[] } }>(PUSH, {
        input: {
          meetingId: this.meetingId,
          updates: updates.map(toBase64),
          stateVector: toBase64(Y.encodeStateVector(this.doc)),
        },
      })
      .then(({ pushMeetingUpdates: answer }) => {
        if (answer.errors.length || !answer.state) {
          this.refusals.push(`${this.name}: push refused ${JSON.stringify(answer.errors)}`);
          return;
        }
        this.ackedSeq = Math.max(this.ackedSeq, answer.state.seq);
        // The answer is what this client lacks: it goes through the inbox like everything else.
        this.wire.push({ order: Number.MAX_SAFE_INTEGER - 1e6 + order, message: { update: fromBase64(answer.state.update), again: false } });
      })
      .catch((error: unknown) => {
        if (error instanceof GraphQLFailure) {
          this.refusals.push(`${this.name}: ${error.message}`);
          return;
        }
        // The server is gone: keep the updates (the exchange on reconnect covers them anyway).
        this.stats.failedPushes += 1;
        this.unsent.push(...updates);
      })
      .finally(() => this.inFlight.delete(request));
    this.inFlight.add(request);
    return request;
  }

  /** Waits for this client's requests in flight. */
  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  /** Moves what arrived into the inbox in a fixed order (log order, then push answers in the
   *  order they were sent), so a seed replays the same deliveries. */
  settle(): void {
    this.wire.sort((a, b) => a.order - b.order);
    for (const { message } of this.wire) this.inbox.push(message);
    this.wire = [];
    this.stats.longestInbox = Math.max(this.stats.longestInbox, this.inbox.length);
  }

  /** Applies a random part of the inbox (each message with probability `share`) in random
   *  order; a fifth of what it applies stays for a second delivery later. */
  deliver(rng: Rng, share: number): void {
    const now: Message[] = [];
    const later: Message[] = [];
    for (const message of this.inbox) (rng.chance(share) ? now : later).push(message);
    this.inbox.length = 0;
    this.inbox.push(...later);
    for (const message of rng.shuffle(now)) {
      Y.applyUpdate(this.doc, message.update, REMOTE);
      this.stats.applied += 1;
      if (message.again) this.stats.duplicates += 1;
      else if (rng.chance(0.2)) this.inbox.splice(rng.int(0, this.inbox.length), 0, { ...message, again: true });
    }
  }

  /** A copy of the document with everything in the inbox applied (the client's own stays as it is). */
  withInbox(): Y.Doc {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.doc));
    for (const message of [...this.inbox, ...this.wire.map((w) => w.message)]) Y.applyUpdate(copy, message.update);
    return copy;
  }

  /** Applies everything in the inbox (the end of the run). */
  deliverAll(): void {
    this.settle();
    for (const message of this.inbox.splice(0)) {
      Y.applyUpdate(this.doc, message.update, REMOTE);
      this.stats.applied += 1;
    }
  }
}
