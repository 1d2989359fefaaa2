import * as Y from 'yjs';
import {
  addItem,
  canonical,
  editString,
  itemsOf,
  liveItems,
  readItems,
  reorder,
  SECTIONS,
  setField,
  TOPICS,
  typeInto,
  type Item,
} from './agenda';
import { fetchDocument, SyncClient } from './client';
import { fromBase64, GraphQLFailure, GraphQLHttp, rawId } from './http';
import type { Rng } from './rng';
import type { TandemServer } from './server';

/** A talking point as `Meeting.talkingPoints` (the projection) shows it. */
export interface ProjectedPoint {
  id: string;
  text: string;
  done: boolean;
  section: string;
  topic: string | null;
  position: string;
}

interface Person {
  name: string;
  email: string;
  id: string;
  http: GraphQLHttp;
  token: string;
}

const AGENDA = `query Agenda($id: ID!) {
  node(id: $id) {
    ... on Meeting {
      talkingPoints { id text done section topic position }
      document { update seq }
    }
  }
}`;
const POINT = 'talkingPoint { id } errors { field message code }';
const ADD = `mutation Add($input: AddTalkingPointInput!) { addTalkingPoint(input: $input) { ${POINT} } }`;
const UPDATE = `mutation Update($input: UpdateTalkingPointInput!) { updateTalkingPoint(input: $input) { ${POINT} } }`;
const MOVE = `mutation Move($input: MoveTalkingPointInput!) { moveTalkingPoint(input: $input) { ${POINT} } }`;
const REMOVE = `mutation Remove($input: TalkingPointIdInput!) { removeTalkingPoint(input: $input) { ${POINT} } }`;
type PointPayload = Record<string, { talkingPoint: { id: string } | null; errors: unknown[] }>;

/** What the harness itself did: the talking points it created and removed, by either road. */
export interface Ledger {
  /** Document keys of items the Yjs clients added. */
  added: Set<string>;
  /** Talking-point ids of items added by plain mutation (their keys are the server's). */
  addedPlain: Set<string>;
  removed: Set<string>;
}

export interface Counts {
  steps: number;
  edits: Record<string, number>;
  plain: Record<string, number>;
  reconnects: number;
  checks: number;
  /** Milliseconds spent per kind of step (with the settling that follows it). */
  ms: Record<string, number>;
}

/** Two people, each on three devices, editing one meeting's agenda through a real server. */
export class World {
  readonly clients: SyncClient[] = [];
  readonly ledger: Ledger = { added: new Set(), addedPlain: new Set(), removed: new Set() };
  /** Talking-point id -> document key, as far as the projection has revealed it. */
  readonly keyOf = new Map<string, string>();
  /** Things that must not happen (refused plain mutations, projection drift …). */
  readonly problems: string[] = [];
  readonly counts: Counts = { steps: 0, edits: {}, plain: {}, reconnects: 0, checks: 0, ms: {} };
  /** The highest log sequence number known to be committed. */
  private committedSeq = 0;
  private nextItem = 0;
  online = true;

  private constructor(
    readonly server: TandemServer,
    readonly people: Person[],
    readonly meetingId: string,
    private readonly rng: Rng,
  ) {}

  /** Two people with tokens, a weekly 1:1 between them and its next meeting; `devices` clients each. */
  static async create(server: TandemServer, rng: Rng, devices: number): Promise<World> {
    const who = [
      { name: 'Ann Manager', email: 'ann@convergence.test' },
      { name: 'Bob Report', email: 'bob@convergence.test' },
    ];
    await Promise.all(who.map((p) => server.cli('user', 'create', '--email', p.email, '--name', p.name, '--password', 'convergence-passphrase-1')));
    const tokens = await Promise.all(who.map((p) => server.cli('token', 'create', '--email', p.email, '--scope', 'write')));
    await server.start();
    const people = await Promise.all(
      who.map(async (p, i) => {
        const token = tokens[i] ?? '';
        const http = new GraphQLHttp(server.httpUrl, token);
        const { viewer } = await http.request<{ viewer: { id: string } }>('{ viewer { id } }');
        return { ...p, id: viewer.id, http, token };
      }),
    );
    const [ann, bob] = people as [Person, Person];
    const created = await ann.http.request<{
      createOneOnOne: { oneOnOne: { nextMeeting: { id: string } | null } | null; errors: unknown[] };
    }>(
      `mutation Create($input: CreateOneOnOneInput!) {
        createOneOnOne(input: $input) { oneOnOne { nextMeeting { id } } errors { field message code } }
      }`,
      {
        input: {
          participantId: bob.id,
          title: 'Convergence',
          startsAt: new Date(Date.now() + 86_400_000).toISOString(),
          durationMinutes: 30,
          timezone: 'UTC',
          frequency: 'WEEKLY',
          sendInvitations: false,
        },
      },
    );
    const meetingId = created.createOneOnOne.oneOnOne?.nextMeeting?.id;
    if (!meetingId) throw new Error(`no meeting: ${JSON.stringify(created)}`);
    const world = new World(server, people, meetingId, rng);
    for (let d = 0; d < devices; d++) {
      const person = people[d % people.length] as Person;
      world.clients.push(
        new SyncClient(`${person.name.split(' ')[0] ?? ''}#${d}`, person.id, 1000 + d, person.http, server.wsUrl, person.token, meetingId),
      );
    }
    for (const client of world.clients) await client.connect();
    return world;
  }

  private person(index: number): Person {
    const person = this.people[index];
    if (!person) throw new Error(`no person #${index}`);
    return person;
  }

  get meetingUuid(): string {
    return rawId(this.meetingId);
  }

  private count(bucket: Record<string, number>, name: string): void {
    bucket[name] = (bucket[name] ?? 0) + 1;
  }

  /** One step of the schedule: an edit, a push, deliveries, a plain mutation or a reconnect. */
  async step(): Promise<void> {
    this.counts.steps += 1;
    const client = this.rng.pick(this.clients);
    const online = this.online;
    const kind = this.rng.weighted({
      edit: 45,
      push: online ? 20 : 0,
      deliver: 25,
      plain: online ? 4 : 0,
      check: online ? 3 : 0,
      reconnect: online ? 1 : 0,
    });
    const began = performance.now();
    if (kind === 'edit') this.edit(client);
    else if (kind === 'push') client.pushSome(this.rng);
    else if (kind === 'deliver') client.deliver(this.rng, this.rng.next());
    else if (kind === 'plain') await this.plain();
    else if (kind === 'check') await this.check();
    else {
      this.counts.reconnects += 1;
      await this.drain();
      await client.connect();
    }
    if (online && this.rng.chance(0.25)) await this.settle();
    this.counts.ms[kind] = Math.round((this.counts.ms[kind] ?? 0) + performance.now() - began);
  }

  /** A local edit on one client: add, type, toggle done, reorder or remove. */
  private edit(client: SyncClient): void {
    const doc = client.doc;
    const all = readItems(doc);
    const live = all.filter((item) => !item.deleted);
    const kind = this.rng.weighted({
      add: live.length < 6 ? 40 : 10,
      type: live.length ? 45 : 0,
      done: live.length ? 12 : 0,
      reorder: live.length > 1 ? 15 : 0,
      remove: live.length > 6 ? 6 : 0,
      typeInRemoved: all.length > live.length ? 2 : 0,
    });
    this.count(this.counts.edits, kind);
    if (kind === 'add') {
      // A document key is letters, digits, "-" and "_" (docs/sync.md): "Bob#5" adds "Bob-5-12".
      const id = `${client.name.replace('#', '-')}-${(this.nextItem += 1)}`;
      addItem(doc, this.rng, id, client.userId);
      client.latestItem = id;
      // and usually types on at once, keystroke by keystroke (one update each)
      for (let n = this.rng.int(0, 3); n > 0; n--) typeInto(doc, this.rng, id);
      this.ledger.added.add(id);
      return;
    }
    if (kind === 'typeInRemoved') {
      typeInto(doc, this.rng, this.rng.pick(all.filter((item) => item.deleted)).id);
      return;
    }
    // People mostly go on with the talking point they just added: its edits then wait with it
    // among the unsent updates, and pushes in random order make them overtake it.
    const latest = live.find((i) => i.id === client.latestItem);
    const item = latest && this.rng.chance(0.5) ? latest : this.rng.pick(live);
    if (kind === 'type') typeInto(doc, this.rng, item.id);
    else if (kind === 'done') setField(doc, item.id, 'done', !item.done);
    else if (kind === 'reorder') reorder(doc, this.rng, item.id);
    else {
      setField(doc, item.id, 'deleted', true);
      this.ledger.removed.add(item.id);
    }
  }

  /** Reads the projection and the server's document in one request and pairs them up: both
   *  are in agenda order, so the i-th talking point is the i-th live item. */
  async agenda(): Promise<{ points: ProjectedPoint[]; items: Item[]; doc: Y.Doc; seq: number }> {
    const data = await this.person(0).http.request<{ node: { talkingPoints: ProjectedPoint[]; document: { update: string; seq: number } } }>(
      AGENDA,
      { id: this.meetingId },
    );
    const doc = new Y.Doc();
    Y.applyUpdate(doc, fromBase64(data.node.document.update));
    this.committedSeq = Math.max(this.committedSeq, data.node.document.seq);
    return { points: data.node.talkingPoints, items: liveItems(doc), doc, seq: data.node.document.seq };
  }

  /** Differences between the projection and the document's live items (none when equal). */
  static projectionDrift(points: ProjectedPoint[], items: Item[]): string[] {
    const drift: string[] = [];
    if (points.length !== items.length) drift.push(`projection has ${points.length} talking points, document ${items.length} live items`);
    points.forEach((point, i) => {
      const item = items[i];
      const seen = { text: point.text, done: point.done, section: point.section, topic: point.topic, order: point.position };
      const want = item && { text: item.text, done: item.done, section: item.section, topic: item.topic, order: item.order };
      if (canonical(seen) !== canonical(want)) drift.push(`#${i} projection ${canonical(seen)} document ${canonical(want)}`);
    });
    return drift.length > 4 ? [...drift.slice(0, 4), `… ${drift.length - 4} more`] : drift;
  }

  /** Learns which document key each talking point shows, checking the pairing never changes. */
  private learnKeys(points: ProjectedPoint[], items: Item[]): void {
    points.forEach((point, i) => {
      const key = items[i]?.id;
      if (key === undefined) return;
      const known = this.keyOf.get(point.id);
      if (known !== undefined && known !== key) this.problem(`talking point ${point.id} was ${known}, now ${key}`);
      this.keyOf.set(point.id, key);
    });
  }

  private problem(message: string): void {
    this.problems.push(message);
    if (process.env.CONVERGENCE_STOP === '1') throw new Error(message);
  }

  /**
   * The invariant between steps. Every client pushes all it has and nothing stays in flight, so
   * the server holds every update (none waits for one it depends on); every client has received
   * everything broadcast. Then each client's document with what waits in its inbox equals the
   * server's document, and the projection equals the document's live items. Returns what it
   * read, or null when the projection drifted.
   */
  private async check(): Promise<Awaited<ReturnType<World['agenda']>> | null> {
    this.counts.checks += 1;
    await this.flush();
    await this.settle();
    const agenda = await this.agenda();
    const server = itemsJson(agenda.doc);
    for (const client of this.clients) {
      if (itemsJson(client.withInbox()) !== server) this.problem(`${client.name} (with its inbox) differs from the server after step ${this.counts.steps}`);
    }
    const drift = World.projectionDrift(agenda.points, agenda.items);
    if (drift.length) {
      this.problem(`projection drifted from the document after step ${this.counts.steps}: ${drift.join('; ')}`);
      return null;
    }
    return agenda;
  }

  /** A plain mutation by either person (no Yjs): add, change text or done, move or remove. */
  private async plain(): Promise<void> {
    // The check leaves nothing in flight: the projection it read is the state the mutation meets.
    const agenda = await this.check();
    if (!agenda) return;
    const { points, items } = agenda;
    this.learnKeys(points, items);
    const person = this.rng.pick(this.people);
    const kind = this.rng.weighted({ add: 3, update: points.length ? 4 : 0, move: points.length > 1 ? 3 : 0, remove: points.length > 6 ? 1 : 0 });
    this.count(this.counts.plain, kind);
    const target = points.length ? this.rng.pick(points) : null;
    const other = points.filter((p) => p.id !== target?.id);
    const after = other.length && this.rng.chance(0.7) ? this.rng.pick(other).id : null;
    try {
      await this.plainMutation(kind, person, target, after);
    } catch (error) {
      if (!(error instanceof GraphQLFailure)) throw error;
      this.problem(`${kind}TalkingPoint failed: ${error.message}`);
    }
    // Read again (nothing else is in flight): where the log stands, and the key of a talking
    // point just added, before a Yjs client can remove it from the projection's view.
    const now = await this.agenda();
    const drift = World.projectionDrift(now.points, now.items);
    if (drift.length) this.problem(`projection drifted from the document after ${kind}TalkingPoint: ${drift.join('; ')}`);
    else this.learnKeys(now.points, now.items);
  }

  private async plainMutation(kind: string, person: Person, target: ProjectedPoint | null, after: string | null): Promise<void> {
    let answer: PointPayload;
    if (kind === 'add') {
      answer = await person.http.request<PointPayload>(ADD, {
        input: {
          meetingId: this.meetingId,
          text: `plain ${this.rng.word()}`,
          section: this.rng.chance(0.5) ? this.rng.pick(SECTIONS) : null,
          topic: this.rng.chance(0.3) ? this.rng.pick(TOPICS) : null,
          afterId: after,
        },
      });
    } else if (kind === 'update' && target) {
      const toggle = this.rng.chance(0.3);
      answer = await person.http.request<PointPayload>(UPDATE, {
        input: { talkingPointId: target.id, text: editString(this.rng, target.text), ...(toggle ? { done: !target.done } : {}) },
      });
    } else if (kind === 'move' && target) {
      answer = await person.http.request<PointPayload>(MOVE, { input: { talkingPointId: target.id, afterId: after } });
    } else if (target) {
      answer = await person.http.request<PointPayload>(REMOVE, { input: { talkingPointId: target.id } });
    } else return;
    const [payload] = Object.values(answer);
    if (!payload?.talkingPoint || payload.errors.length) {
      this.problem(`${kind}TalkingPoint refused: ${JSON.stringify(payload?.errors)}`);
    } else if (kind === 'add') this.ledger.addedPlain.add(payload.talkingPoint.id);
    else if (kind === 'remove') this.ledger.removed.add(this.keyOf.get(payload.talkingPoint.id) ?? `unknown:${payload.talkingPoint.id}`);
  }

  /** Every client pushes everything unsent, and all requests finish. */
  async flush(): Promise<void> {
    await this.drain();
    await Promise.all(this.clients.map((c) => c.pushAll()));
    await this.drain();
  }

  /** Waits for every request in flight. */
  async drain(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.drain()));
  }

  /** Waits until everything committed has reached every connected client, then hands it to
   *  their inboxes in a fixed order. */
  async settle(): Promise<void> {
    await this.drain();
    const target = Math.max(this.committedSeq, ...this.clients.map((c) => c.ackedSeq));
    this.committedSeq = target;
    const deadline = Date.now() + 5000;
    for (const client of this.clients) {
      if (this.online && !client.connected) {
        this.problem(`${client.name} lost its subscription while the server was up`);
        await client.connect();
      }
      while (client.connected && client.seenSeq < target) {
        if (Date.now() > deadline) throw new Error(`${client.name} saw seq ${client.seenSeq}, the log is at ${target}`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      client.settle();
    }
  }

  /** SIGKILLs the server while some pushes are in flight; the clients carry on offline. */
  async crash(): Promise<void> {
    for (const client of this.clients) {
      for (let n = this.rng.int(1, 10); n > 0; n--) this.edit(client);
      client.pushSome(this.rng);
    }
    await new Promise((resolve) => setTimeout(resolve, this.rng.int(1, 4)));
    await this.server.kill();
    this.online = false;
    await this.drain();
    for (const client of this.clients) {
      client.disconnect();
      client.settle();
    }
  }

  /** Starts the server again on the same database; every client reconnects and exchanges. */
  async restart(): Promise<void> {
    await this.server.start();
    this.online = true;
    for (const client of this.rng.shuffle(this.clients)) await client.connect();
    this.committedSeq = Math.max(this.committedSeq, ...this.clients.map((c) => c.ackedSeq));
    await this.settle();
  }

  /** Stops editing and syncs every client: deliver what is queued, push what is unsent, then the
   *  both-directions exchange, until every client has seen the whole log. */
  async quiesce(): Promise<void> {
    await this.flush();
    await this.settle();
    for (const client of this.clients) client.deliverAll();
    // Every update was acknowledged and delivered: before any reconnect exchange could heal a
    // loss, the server must already hold exactly what the clients hold.
    const server = itemsJson(await this.serverDocument());
    for (const client of this.clients) {
      if (itemsJson(client.doc) !== server) this.problem(`${client.name} differs from the server before the final exchange`);
    }
    for (let round = 0; round < 2; round++) {
      await this.settle();
      for (const client of this.clients) {
        client.deliverAll();
        await client.connect();
      }
    }
    await this.settle();
    for (const client of this.clients) client.deliverAll();
  }

  /** The server's whole document, as a client that starts from nothing sees it. */
  async serverDocument(): Promise<Y.Doc> {
    const state = await fetchDocument(this.person(1).http, this.meetingId, null);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, fromBase64(state.update));
    return doc;
  }

  /** Keys of items a plain mutation added, once the projection has revealed them. */
  resolveKeys(points: ProjectedPoint[], items: Item[]): void {
    this.learnKeys(points, items);
  }

  refusals(): string[] {
    return this.clients.flatMap((c) => c.refusals);
  }

  close(): void {
    for (const client of this.clients) client.disconnect();
  }
}

export const itemsJson = (doc: Y.Doc): string => canonical(itemsOf(doc).toJSON());
