import * as Y from 'yjs';
import type { AgendaEntry } from './sections';

/** The origin of transactions that came from the server (they are not pushed back). */
export const REMOTE = 'remote';
/** The origin of this client's own edits. */
export const LOCAL = 'local';

/** One talking point as the document holds it; `yText` is bound to the text field. */
export interface AgendaItem extends AgendaEntry {
  yText: Y.Text;
  /** Carried over from an earlier meeting, or to a later one (global meeting ID and its start). */
  carriedFrom: CarryMark | null;
  carriedTo: CarryMark | null;
}

/** The other end of a carry-over. */
export interface CarryMark {
  meetingId: string;
  /** That meeting's start (ISO), when known. */
  at: string | null;
}

export function itemsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>('items');
}

function readItem(id: string, value: unknown): AgendaItem | null {
  if (!(value instanceof Y.Map)) return null;
  const item = value as Y.Map<unknown>;
  const text = item.get('text');
  if (!(text instanceof Y.Text)) return null;
  const str = (key: string) => {
    const v = item.get(key);
    return typeof v === 'string' ? v : '';
  };
  const topic = item.get('topic');
  const carry = (key: string): CarryMark | null => {
    const meetingId = str(key);
    return meetingId ? { meetingId, at: str(`${key}At`) || null } : null;
  };
  return {
    id,
    yText: text,
    text: text.toJSON(),
    done: item.get('done') === true,
    author: str('author'),
    section: str('section'),
    topic: typeof topic === 'string' ? topic : null,
    order: str('order'),
    deleted: item.get('deleted') === true,
    carriedFrom: carry('carriedFrom'),
    carriedTo: carry('carriedTo'),
  };
}

/** Every well-formed item, deleted ones too, unsorted. */
export function readItems(doc: Y.Doc): AgendaItem[] {
  const out: AgendaItem[] = [];
  itemsOf(doc).forEach((value, id) => {
    const item = readItem(id, value);
    if (item) out.push(item);
  });
  return out;
}

/** Adds a talking point written by `author` (the viewer's global ID). */
export function addItem(doc: Y.Doc, fields: { text: string; author: string; section: string; order: string }, id: string = crypto.randomUUID()): string {
  doc.transact(() => {
    const item = new Y.Map<unknown>();
    item.set('text', new Y.Text(fields.text));
    item.set('done', false);
    item.set('author', fields.author);
    item.set('section', fields.section);
    item.set('topic', null);
    item.set('order', fields.order);
    item.set('deleted', false);
    itemsOf(doc).set(id, item);
  }, LOCAL);
  return id;
}

/**
 * Adds `items` (talking points a refused push would have created) again under new keys, with
 * their text, place and state — unless the document has them already under their own key.
 */
export function readdItems(doc: Y.Doc, items: readonly AgendaItem[]): void {
  const saved = new Map(readItems(doc).map((item) => [item.id, item.author]));
  for (const item of items) {
    if (saved.get(item.id) === item.author) continue;
    const id = addItem(doc, item);
    if (item.done) setItemField(doc, id, 'done', true);
    if (item.topic) setItemField(doc, id, 'topic', item.topic);
  }
}

/** Sets one of the fields a participant may change (never `author`, never removing the item). */
export function setItemField(
  doc: Y.Doc,
  id: string,
  field: 'done' | 'deleted' | 'order' | 'section' | 'topic',
  value: boolean | string | null,
): void {
  const item = itemsOf(doc).get(id);
  if (!(item instanceof Y.Map)) return;
  doc.transact(() => item.set(field, value), LOCAL);
}

/** Moves an item to a new place (and section), in one step. */
export function moveItem(doc: Y.Doc, id: string, to: { order: string; section: string }): void {
  const item = itemsOf(doc).get(id);
  if (!(item instanceof Y.Map)) return;
  doc.transact(() => {
    item.set('order', to.order);
    if (item.get('section') !== to.section) item.set('section', to.section);
  }, LOCAL);
}
