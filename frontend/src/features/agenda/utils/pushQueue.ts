import * as Y from 'yjs';
import { readItems, type AgendaItem } from './document';
import { splitUpdate } from './splitUpdate';

/** Local edits waiting for the server: one Yjs update standing for `edits` edits. */
export interface Unsent {
  update: Uint8Array;
  edits: number;
}

/** The server refuses pushes above 256 KiB (docs/sync.md); batches stay well below. */
export const MAX_PUSH_BYTES = 256 * 1024;
export const BATCH_BYTES = 192 * 1024;

export const TOO_LARGE = 'An edit was too large to save (at most 256 KiB at once: try pasting less) and was undone.';

export function isEmptyUpdate(update: Uint8Array): boolean {
  const decoded = Y.decodeUpdate(update);
  return decoded.structs.length === 0 && decoded.ds.clients.size === 0;
}

export function count(list: readonly Unsent[]): number {
  return list.reduce((sum, entry) => sum + entry.edits, 0);
}

/**
 * `update` as entries to push, each within a batch (a large backlog is split where it can be:
 * utils/splitUpdate); null when a piece that cannot be split is over the server's cap. The
 * `edits` it stands for go with its last piece.
 */
export function entries(update: Uint8Array, edits: number): Unsent[] | null {
  const pieces = splitUpdate(update, BATCH_BYTES);
  if (pieces.some((piece) => piece.length > MAX_PUSH_BYTES)) return null;
  return pieces.map((piece, i) => ({ update: piece, edits: i === pieces.length - 1 ? edits : 0 }));
}

/** The first entries of `pending` to push together: at most BATCH_BYTES (or one larger entry). */
export function nextBatch(pending: readonly Unsent[]): Unsent[] {
  const batch: Unsent[] = [];
  let size = 0;
  for (const entry of pending) {
    if (batch.length > 0 && size + entry.update.length > BATCH_BYTES) break;
    batch.push(entry);
    size += entry.update.length;
  }
  return batch;
}

/** A batch as the one update it is pushed as. */
export function merge(batch: readonly Unsent[]): Uint8Array {
  const updates = batch.map((entry) => entry.update);
  return (updates.length === 1 ? updates[0] : Y.mergeUpdates(updates)) ?? new Uint8Array();
}

/** The talking points a refused batch would have created. */
export function createdBy(batch: readonly Unsent[]): AgendaItem[] {
  const scratch = new Y.Doc();
  // A new talking point hangs from the root, its fields and text from it: they integrate
  // without the rest of the document.
  for (const entry of batch) Y.applyUpdate(scratch, entry.update);
  return readItems(scratch).filter((item) => !item.deleted);
}
