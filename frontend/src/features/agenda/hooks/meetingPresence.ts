import type { Client } from 'urql';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { graphql } from '../../../gql';
import { csrfHeaders } from '../../../lib/csrf';
import { fromBase64, toBase64 } from '../utils/base64';

const SendPresenceMutation = graphql(`
  mutation SendPresence($input: SendPresenceInput!) {
    sendPresence(input: $input) {
      errors {
        code
      }
    }
  }
`);

const MeetingPresenceSubscription = graphql(`
  subscription MeetingPresence($meetingId: ID!) {
    meetingPresence(meetingId: $meetingId) {
      awareness
      user {
        name
      }
    }
  }
`);

/** What each person tells the others about themselves (their awareness state). */
interface PresenceState {
  /** `color` (hex) is for the shared notes' carets, which read it from here. */
  user: { name: string; color?: string | undefined };
  /** The talking point they are editing. */
  editing: string | null;
  /** Bumped to ask everyone for their state (on arrival: their answers may beat our subscription). */
  hello: number;
}

/** How often a moving caret (shared notes) is sent at most (ms). */
const CARET_SEND_MS = 120;

/** When to say hello again after arriving (ms): the first answers may come before we listen. */
const HELLO_AGAIN_MS = [1_500, 5_000];

/** Someone else on the meeting page. */
export interface Peer {
  clientId: number;
  /** As the server vouches for it (falling back to what their client says). */
  name: string;
  editing: string | null;
}

export interface PresenceNews {
  kind: 'joined' | 'left';
  name: string;
}

/** Where an awareness update came from: a message relayed by the server about `name`. */
interface Relayed {
  name: string | null;
}

function readState(value: unknown): PresenceState | null {
  if (!value || typeof value !== 'object') return null;
  const state = value as Partial<PresenceState>;
  const name = typeof state.user?.name === 'string' ? state.user.name : '';
  return {
    user: { name },
    editing: typeof state.editing === 'string' ? state.editing : null,
    hello: typeof state.hello === 'number' ? state.hello : 0,
  };
}

/**
 * Presence on one meeting page (docs/sync.md): y-protocols awareness relayed through
 * `sendPresence` and `meetingPresence`. Tells the others who is here and which talking point
 * this person edits, renews that every 15 s (Awareness does), answers a newcomer at once, and
 * says goodbye on leaving the page. Peers not renewed for 30 s are dropped (Awareness's timeout),
 * so a closed tab or a dead connection disappears.
 */
export class MeetingPresence {
  /** A new one on every start (a stopped Awareness no longer renews or expires anyone). */
  private awareness: Awareness;
  private readonly listeners = new Set<() => void>();
  private readonly newsListeners = new Set<(news: PresenceNews) => void>();
  /** Client id → the name the server gave with its messages. */
  private readonly names = new Map<number, string>();
  private peers: Peer[] = [];
  private unsubscribe: (() => void) | null = null;
  private leaving = false;
  private hello = 0;
  private helloTimers: ReturnType<typeof setTimeout>[] = [];
  /** The local state last sent, without the caret (JSON). */
  private sentMeta: string | null = null;
  private caretTimer: ReturnType<typeof setTimeout> | undefined;
  /** Client id → the last hello answered. */
  private readonly answered = new Map<number, number>();

  constructor(
    private readonly client: Client,
    private readonly meetingId: string,
    private readonly name: string,
    private readonly color?: string | undefined,
  ) {
    this.awareness = MeetingPresence.quietAwareness();
  }

  private static quietAwareness(): Awareness {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState(null);
    return awareness;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): readonly Peer[] => this.peers;

  /** The awareness this page's presence travels on (a new one on every start). */
  readonly getAwareness = (): Awareness => this.awareness;

  /** People arriving and leaving, for the screen reader. */
  onNews(listener: (news: PresenceNews) => void): () => void {
    this.newsListeners.add(listener);
    return () => this.newsListeners.delete(listener);
  }

  start(): void {
    this.awareness.destroy();
    this.awareness = MeetingPresence.quietAwareness();
    this.awareness.on('update', this.onUpdate);
    this.awareness.on('change', this.onChange);
    const live = this.client.subscription(MeetingPresenceSubscription, { meetingId: this.meetingId }).subscribe((result) => {
      const message = result.data?.meetingPresence;
      if (!message) return;
      const origin: Relayed = { name: message.user?.name ?? null };
      applyAwarenessUpdate(this.awareness, fromBase64(message.awareness), origin);
    });
    this.unsubscribe = () => live.unsubscribe();
    this.arrive();
    for (const listener of this.listeners) listener();
  }

  /** Leaving (unmount): a goodbye, best effort, then nothing more. */
  stop(): void {
    this.leave();
    clearTimeout(this.caretTimer);
    this.caretTimer = undefined;
    this.clearHellos();
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.awareness.off('update', this.onUpdate);
    this.awareness.off('change', this.onChange);
    this.awareness.destroy();
    this.peers = [];
    for (const listener of this.listeners) listener();
  }

  /** Sets (or clears) the talking point this person is editing. */
  setEditing(id: string | null): void {
    const state = readState(this.awareness.getLocalState());
    if (!state || state.editing === id) return;
    this.awareness.setLocalStateField('editing', id);
  }

  /**
   * Here (again): tells everyone and asks for their state, now and a little later (what they
   * answer may reach the server before this page's subscription does). Also after the socket
   * reconnects, when messages may have been lost.
   */
  arrive(): void {
    this.leaving = false;
    this.sayHello();
    this.clearHellos();
    this.helloTimers = HELLO_AGAIN_MS.map((ms) => setTimeout(() => this.sayHello(), ms));
  }

  private sayHello(): void {
    if (this.leaving) return;
    this.hello++;
    const local = this.awareness.getLocalState();
    const current = readState(local);
    // Other fields (the notes' caret, `cursor`) stay as they are.
    this.awareness.setLocalState({
      ...local,
      user: { name: this.name, color: this.color },
      editing: current?.editing ?? null,
      hello: this.hello,
    } satisfies PresenceState);
  }

  private clearHellos(): void {
    for (const timer of this.helloTimers) clearTimeout(timer);
    this.helloTimers = [];
  }

  /** The page goes away (closed tab, navigation): removes this person at once for the others. */
  leave(): void {
    this.clearHellos();
    if (this.awareness.getLocalState() === null) return;
    this.leaving = true;
    removeAwarenessStates(this.awareness, [this.awareness.clientID], 'local');
  }

  private readonly onUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const me = this.awareness.clientID;
    if (origin === 'local' && [...added, ...updated, ...removed].includes(me)) {
      // A caret moving in the shared notes (only `cursor` changed) goes at most every
      // CARET_SEND_MS; anything else goes at once (and carries the caret along).
      const local = this.awareness.getLocalState();
      const meta = local ? JSON.stringify({ ...local, cursor: undefined }) : null;
      const caretOnly = !this.leaving && meta !== null && meta === this.sentMeta;
      this.sentMeta = meta;
      if (caretOnly) {
        this.caretTimer ??= setTimeout(() => {
          this.caretTimer = undefined;
          if (this.awareness.getLocalState() !== null) this.send([me]);
        }, CARET_SEND_MS);
        return;
      }
      clearTimeout(this.caretTimer);
      this.caretTimer = undefined;
      this.send([me], this.leaving);
      return;
    }
    if (origin && typeof origin === 'object' && 'name' in origin) {
      const name = (origin as Relayed).name;
      if (name) for (const id of [...added, ...updated]) this.names.set(id, name);
      // Someone saying hello (a newcomer, someone back after a gap) hears from us at once, not at
      // our next renewal.
      let answer = false;
      for (const id of [...added, ...updated]) {
        const hello = readState(this.awareness.getStates().get(id))?.hello ?? 0;
        if (id !== me && this.answered.get(id) !== hello) {
          this.answered.set(id, hello);
          answer = true;
        }
      }
      if (answer && this.awareness.getLocalState() !== null) this.send([me]);
    }
  };

  private readonly onChange = ({ added, removed }: { added: number[]; removed: number[] }): void => {
    const before = new Map(this.peers.map((peer) => [peer.clientId, peer.name]));
    const me = this.awareness.clientID;
    const peers: Peer[] = [];
    this.awareness.getStates().forEach((value, clientId) => {
      const state = readState(value);
      if (clientId === me || !state) return;
      peers.push({ clientId, name: this.names.get(clientId) ?? (state.user.name || 'Someone'), editing: state.editing });
    });
    this.peers = peers.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
    for (const listener of this.listeners) listener();
    const here = new Set(peers.map((peer) => peer.name));
    for (const id of added) {
      const peer = peers.find((p) => p.clientId === id);
      if (peer && ![...before.values()].includes(peer.name)) this.tell({ kind: 'joined', name: peer.name });
    }
    for (const id of removed) {
      const name = before.get(id);
      if (name && !here.has(name)) this.tell({ kind: 'left', name });
    }
  };

  private tell(news: PresenceNews): void {
    for (const listener of this.newsListeners) listener(news);
  }

  private send(clients: number[], keepalive = false): void {
    const awareness = toBase64(encodeAwarenessUpdate(this.awareness, clients));
    // A goodbye sent as the page closes must outlive it.
    const context = keepalive ? { fetchOptions: () => ({ credentials: 'same-origin' as const, headers: csrfHeaders(), keepalive: true }) } : undefined;
    void this.client.mutation(SendPresenceMutation, { input: { meetingId: this.meetingId, awareness } }, context).toPromise();
  }
}
