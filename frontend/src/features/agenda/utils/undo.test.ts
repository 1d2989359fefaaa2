import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL, REMOTE, addItem, itemsOf, readItems, setItemField } from './document';
import { AgendaUndo } from './undo';

/** Two people's documents, each update delivered to the other at once (as the server relays). */
function twoPeople() {
  const mine = new Y.Doc();
  const theirs = new Y.Doc();
  mine.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(theirs, update, REMOTE);
  });
  theirs.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(mine, update, REMOTE);
  });
  return { mine, theirs };
}

function typeInto(doc: Y.Doc, id: string, index: number, text: string) {
  const yText = itemsOf(doc).get(id)?.get('text');
  if (!(yText instanceof Y.Text)) throw new Error('no such item');
  doc.transact(() => yText.insert(index, text), LOCAL);
}

const textOf = (doc: Y.Doc, id: string) => readItems(doc).find((item) => item.id === id)?.text;
const itemOf = (doc: Y.Doc, id: string) => readItems(doc).find((item) => item.id === id);

describe('AgendaUndo', () => {
  it('undoes only my own typing, never the other person’s', () => {
    const { mine, theirs } = twoPeople();
    const id = addItem(theirs, { text: 'Budget', author: 'U2', section: '', order: 'a0' });
    const undo = new AgendaUndo(mine);
    expect(undo.canUndo()).toBe(false);

    typeInto(mine, id, 6, ' for Q3');
    typeInto(theirs, id, 0, 'Re: ');
    expect(textOf(mine, id)).toBe('Re: Budget for Q3');

    expect(undo.undo()).toBe(true);
    expect(textOf(mine, id)).toBe('Re: Budget');
    expect(textOf(theirs, id)).toBe('Re: Budget');
    expect(undo.canUndo()).toBe(false);

    expect(undo.redo()).toBe(true);
    expect(textOf(theirs, id)).toBe('Re: Budget for Q3');
  });

  it('does not undo what a remote update or a resync brought in', () => {
    const { mine, theirs } = twoPeople();
    const undo = new AgendaUndo(mine);
    addItem(theirs, { text: 'Theirs', author: 'U2', section: '', order: 'a0' });
    const resync = new Y.Doc();
    addItem(resync, { text: 'From the server', author: 'U3', section: '', order: 'a1' });
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(resync), REMOTE);

    expect(undo.canUndo()).toBe(false);
    expect(undo.undo()).toBe(false);
    expect(readItems(mine).map((item) => item.text).sort()).toEqual(['From the server', 'Theirs']);
  });

  it('undoes adding a talking point by deleting it softly, and redo restores it', () => {
    const { mine, theirs } = twoPeople();
    const undo = new AgendaUndo(mine);
    const id = addItem(mine, { text: 'Offsite', author: 'U1', section: 'Check-in', order: 'a0' });

    undo.undo();
    expect(itemOf(mine, id)).toMatchObject({ text: 'Offsite', deleted: true, author: 'U1', section: 'Check-in' });
    expect(itemOf(theirs, id)).toMatchObject({ text: 'Offsite', deleted: true });
    expect(itemsOf(theirs).has(id)).toBe(true);

    undo.redo();
    expect(itemOf(theirs, id)).toMatchObject({ text: 'Offsite', deleted: false });
  });

  it('undoes a check, a move and a delete one step at a time', () => {
    const { mine, theirs } = twoPeople();
    const id = addItem(theirs, { text: 'Hiring', author: 'U2', section: 'A', order: 'a0' });
    const undo = new AgendaUndo(mine);

    setItemField(mine, id, 'done', true);
    undo.stopCapturing();
    setItemField(mine, id, 'order', 'a5');
    undo.stopCapturing();
    setItemField(mine, id, 'deleted', true);

    undo.undo();
    expect(itemOf(theirs, id)).toMatchObject({ done: true, order: 'a5', deleted: false });
    undo.undo();
    expect(itemOf(theirs, id)).toMatchObject({ done: true, order: 'a0' });
    undo.undo();
    expect(itemOf(theirs, id)).toMatchObject({ done: false, order: 'a0', deleted: false });
  });

  it('keeps the other person’s later change when undoing mine on the same field', () => {
    const { mine, theirs } = twoPeople();
    const id = addItem(theirs, { text: 'Hiring', author: 'U2', section: 'A', order: 'a0' });
    const undo = new AgendaUndo(mine);

    setItemField(mine, id, 'done', true);
    setItemField(theirs, id, 'done', false);
    undo.undo();

    expect(itemOf(mine, id)?.done).toBe(false);
    expect(itemOf(theirs, id)?.done).toBe(false);
  });
});
