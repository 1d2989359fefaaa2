import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, itemsOf, readItems } from './document';
import { splitUpdate } from './splitUpdate';

/** A document worked on offline: new talking points, long typing, notes, deletions. */
function offlineWork(base: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  for (let n = 0; n < 40; n++) {
    const id = addItem(doc, { text: `Point ${n} ✓ 😀`, author: 'U1', section: 'Check-in', order: `a${n % 10}` });
    const text = itemsOf(doc).get(id)?.get('text');
    if (!(text instanceof Y.Text)) throw new Error('no text');
    for (let k = 0; k < 30; k++) text.insert(text.length, ` word${k}`);
    text.delete(0, 3);
  }
  const notes = doc.getXmlFragment('notes');
  for (let n = 0; n < 20; n++) {
    const paragraph = new Y.XmlElement('paragraph');
    notes.insert(notes.length, [paragraph]);
    const words = new Y.XmlText();
    paragraph.insert(0, [words]);
    words.insert(0, `Line ${n} `.repeat(20), n % 2 ? { bold: {} } : {});
  }
  return doc;
}

describe('splitUpdate', () => {
  it('cuts a large update into small ones that give the same document, in order', () => {
    const base = new Y.Doc();
    addItem(base, { text: 'How are you?', author: 'template', section: 'Check-in', order: 'a0' });
    const worked = offlineWork(base);
    const backlog = Y.encodeStateAsUpdate(worked, Y.encodeStateVector(base));

    const pieces = splitUpdate(backlog, 4096);

    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.map((piece) => piece.length).filter((n) => n > 4096)).toEqual([]);
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(base));
    for (const piece of pieces) Y.applyUpdate(server, piece);
    expect(readItems(server).map((i) => i.text).sort()).toEqual(readItems(worked).map((i) => i.text).sort());
    expect(server.getXmlFragment('notes').toJSON()).toEqual(worked.getXmlFragment('notes').toJSON());
    expect(Y.encodeStateVector(server)).toEqual(Y.encodeStateVector(worked));
  });

  it('keeps a new talking point with its fields in one piece', () => {
    const doc = new Y.Doc();
    for (let n = 0; n < 30; n++) addItem(doc, { text: 'x'.repeat(200), author: 'U1', section: '', order: 'a0' });
    const pieces = splitUpdate(Y.encodeStateAsUpdate(doc), 1024);
    for (const piece of pieces) {
      const alone = new Y.Doc();
      Y.applyUpdate(alone, piece);
      for (const item of readItems(alone)) expect(item).toMatchObject({ author: 'U1', order: 'a0', text: 'x'.repeat(200) });
    }
  });

  it('leaves what cannot be cut as it is', () => {
    const doc = new Y.Doc();
    addItem(doc, { text: 'y'.repeat(5000), author: 'U1', section: '', order: 'a0' });
    const update = Y.encodeStateAsUpdate(doc);
    const pieces = splitUpdate(update, 1024);
    expect(pieces.some((piece) => piece.length > 1024)).toBe(true);
    const server = new Y.Doc();
    for (const piece of pieces) Y.applyUpdate(server, piece);
    expect(readItems(server)[0]?.text).toBe('y'.repeat(5000));
  });
});
