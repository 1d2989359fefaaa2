import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import type { Rng } from './rng';

/** The origin of a client's own edits (these are the ones it pushes). */
export const LOCAL = 'local';
/** The origin of updates that came from the server. */
export const REMOTE = 'remote';

export const SECTIONS = ['Check-in', 'Updates', 'Next steps'] as const;
export const TOPICS = ['FOLLOW_UP', 'PERFORMANCE', 'CAREER', 'FEEDBACK'] as const;
const MAX_TEXT = 160;

/** One talking point as docs/sync.md describes it. */
export interface Item {
  id: string;
  text: string;
  done: boolean;
  author: string;
  section: string;
  topic: string | null;
  order: string;
  deleted: boolean;
}

export function itemsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>('items');
}

const byOrder = (a: Item, b: Item): number =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Every item (deleted ones too), in agenda order: by order key, then id (as the server sorts). */
export function readItems(doc: Y.Doc): Item[] {
  const out: Item[] = [];
  itemsOf(doc).forEach((value, id) => {
    const text = value.get('text');
    const str = (key: string): string => {
      const v = value.get(key);
      return typeof v === 'string' ? v : '';
    };
    out.push({
      id,
      text: text instanceof Y.Text ? text.toJSON() : '',
      done: value.get('done') === true,
      author: str('author'),
      section: str('section'),
      topic: str('topic') || null,
      order: str('order'),
      deleted: value.get('deleted') === true,
    });
  });
  return out.sort(byOrder);
}

export const liveItems = (doc: Y.Doc): Item[] => readItems(doc).filter((item) => !item.deleted);

/**
 * An order key for the slot before `live[slot]` (after the last item when `slot` is the length).
 * Concurrent moves into the same slot give equal keys; then the next strictly greater key bounds it.
 */
export function orderForSlot(items: readonly Item[], slot: number): string {
  // An update applied before one it depends on can delete an item's old key while the new one
  // waits: until it arrives the item has no key, and takes no part in choosing one.
  const live = items.filter((item) => item.order !== '');
  slot = Math.min(slot, live.length);
  const before = slot > 0 ? (live[slot - 1]?.order ?? null) : null;
  let after: string | null = null;
  for (let i = slot; i < live.length; i++) {
    const key = live[i]?.order ?? null;
    if (key !== null && (before === null || key > before)) {
      after = key;
      break;
    }
  }
  try {
    return generateKeyBetween(before, after);
  } catch (error) {
    throw new Error(`no key between ${String(before)} and ${String(after)} in ${live.map((i) => `${i.id}=${i.order}`).join(' ')}`, { cause: error });
  }
}

export function addItem(doc: Y.Doc, rng: Rng, id: string, author: string): void {
  const live = liveItems(doc);
  const order = orderForSlot(live, rng.int(0, live.length));
  doc.transact(() => {
    const item = new Y.Map<unknown>();
    item.set('text', new Y.Text(`${rng.word()} ${rng.word()}`));
    item.set('done', false);
    item.set('author', author);
    item.set('section', rng.pick(SECTIONS));
    item.set('topic', rng.chance(0.5) ? rng.pick(TOPICS) : null);
    item.set('order', order);
    item.set('deleted', false);
    itemsOf(doc).set(id, item);
  }, LOCAL);
}

/** Types or deletes a few characters at a random place, like a person would. */
export function typeInto(doc: Y.Doc, rng: Rng, id: string): void {
  const text = itemsOf(doc).get(id)?.get('text');
  if (!(text instanceof Y.Text)) throw new Error(`item ${id} has no text`);
  doc.transact(() => {
    const length = text.length;
    if (length > 0 && (length > MAX_TEXT || rng.chance(0.35))) {
      const at = rng.int(0, length - 1);
      text.delete(at, Math.min(rng.int(1, 6), length - at));
    } else {
      text.insert(rng.int(0, length), rng.chance(0.5) ? ` ${rng.word()}` : String.fromCharCode(rng.int(97, 122)));
    }
  }, LOCAL);
}

export function setField(doc: Y.Doc, id: string, field: 'done' | 'deleted' | 'order' | 'section', value: boolean | string): void {
  const item = itemsOf(doc).get(id);
  if (!item) throw new Error(`no item ${id}`);
  doc.transact(() => item.set(field, value), LOCAL);
}

/** Moves an item to a random other slot by giving it a new order key. */
export function reorder(doc: Y.Doc, rng: Rng, id: string): void {
  const others = liveItems(doc).filter((item) => item.id !== id);
  setField(doc, id, 'order', orderForSlot(others, rng.int(0, others.length)));
}

/** A random small edit of a plain string (what a plain client sends as the new text). */
export function editString(rng: Rng, text: string): string {
  if (text.length > 0 && (text.length > MAX_TEXT || rng.chance(0.4))) {
    const at = rng.int(0, text.length - 1);
    return text.slice(0, at) + text.slice(at + rng.int(1, 5));
  }
  const at = rng.int(0, text.length);
  return `${text.slice(0, at)} ${rng.word()}${text.slice(at)}`;
}

/** A stable JSON form (sorted keys) for comparing documents. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
