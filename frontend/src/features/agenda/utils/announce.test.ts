import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { describeRemoteChanges } from './announce';
import { REMOTE, addItem, itemsOf, moveItem, setItemField } from './document';

/** Someone else's document and mine; answers what I would hear for each of their changes. */
function listening() {
  const theirs = new Y.Doc();
  const mine = new Y.Doc();
  const heard: (string | null)[] = [];
  const names = new Map([['U2', 'Grace']]);
  itemsOf(mine).observeDeep((events) => heard.push(describeRemoteChanges(events, itemsOf(mine), names)));
  theirs.on('update', (update: Uint8Array) => Y.applyUpdate(mine, update, REMOTE));
  return { theirs, heard };
}

describe('describeRemoteChanges', () => {
  it('names who added a point and says what happened to it after', () => {
    const { theirs, heard } = listening();
    const id = addItem(theirs, { text: 'Budget', author: 'U2', section: 'Check-in', order: 'a0' });
    setItemField(theirs, id, 'done', true);
    setItemField(theirs, id, 'topic', 'CAREER');
    moveItem(theirs, id, { order: 'a1', section: 'Feedback' });
    setItemField(theirs, id, 'deleted', true);
    setItemField(theirs, id, 'deleted', false);

    expect(heard).toEqual([
      'Grace added a talking point',
      '“Budget” was checked off',
      'A talking point was tagged Career',
      'A talking point was moved in Feedback',
      'A talking point was deleted',
      'A talking point was restored',
    ]);
  });

  it('keeps quiet about typing', () => {
    const { theirs, heard } = listening();
    const id = addItem(theirs, { text: 'Budget', author: 'U3', section: '', order: 'a0' });
    const text = itemsOf(theirs).get(id)?.get('text') as Y.Text;
    text.insert(6, ' for Q3');

    expect(heard).toEqual(['A talking point was added', null]);
  });
});
