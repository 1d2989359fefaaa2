import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { adjustPosition, diffText, type TextSplice } from './textDiff';

function apply(text: string, splice: TextSplice | null): string {
  if (!splice) return text;
  return text.slice(0, splice.index) + splice.insert + text.slice(splice.index + splice.remove);
}

describe('diffText', () => {
  it('is null when nothing changed', () => {
    expect(diffText('same', 'same')).toBeNull();
  });

  it('finds a typed character, a deletion and a replacement', () => {
    expect(diffText('Plan offsite', 'Plan the offsite')).toEqual({ index: 5, remove: 0, insert: 'the ' });
    expect(diffText('Plan the offsite', 'Plan offsite')).toEqual({ index: 5, remove: 4, insert: '' });
    expect(diffText('budget Q3', 'budget Q4')).toEqual({ index: 8, remove: 1, insert: '4' });
  });

  it('handles repeated letters without overlapping prefix and suffix', () => {
    expect(diffText('aaa', 'aaaa')).toEqual({ index: 3, remove: 0, insert: 'a' });
    expect(diffText('aaaa', 'aa')).toEqual({ index: 2, remove: 2, insert: '' });
    for (const [a, b] of [['abcabc', 'abc'], ['', 'x'], ['x', ''], ['abba', 'aba']]) {
      expect(apply(a ?? '', diffText(a ?? '', b ?? ''))).toBe(b);
    }
  });

  it('never splits a surrogate pair', () => {
    const splice = diffText('a😀b', 'a😃b');
    expect(splice).toEqual({ index: 1, remove: 2, insert: '😃' });
  });

  it('lets concurrent typing in one text merge', () => {
    const one = new Y.Doc();
    one.getText('t').insert(0, 'Plan offsite');
    const two = new Y.Doc();
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    for (const [doc, next] of [[one, 'Plan the offsite'], [two, 'Plan offsite now']] as const) {
      const text = doc.getText('t');
      const splice = diffText(text.toJSON(), next);
      if (splice) {
        text.delete(splice.index, splice.remove);
        text.insert(splice.index, splice.insert);
      }
    }
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    expect(one.getText('t').toJSON()).toBe('Plan the offsite now');
    expect(two.getText('t').toJSON()).toBe('Plan the offsite now');
  });
});

describe('adjustPosition', () => {
  it('moves the caret by text inserted or deleted before it', () => {
    expect(adjustPosition(5, [{ insert: 'abc' }])).toBe(8);
    expect(adjustPosition(5, [{ retain: 2 }, { delete: 2 }])).toBe(3);
    expect(adjustPosition(5, [{ retain: 3 }, { delete: 5 }])).toBe(3);
  });

  it('keeps the caret for changes after it, and before text inserted right at it', () => {
    expect(adjustPosition(5, [{ retain: 6 }, { insert: 'x' }])).toBe(5);
    expect(adjustPosition(5, [{ retain: 5 }, { insert: 'x' }])).toBe(5);
    expect(adjustPosition(0, [{ delete: 3 }])).toBe(0);
  });

  it('follows a delta from a real Y.Text event', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'Hello world');
    let caret = 8; // "Hello wo|rld"
    text.observe((event) => {
      caret = adjustPosition(caret, event.delta);
    });
    doc.transact(() => {
      text.insert(0, 'Oh, ');
      text.delete(9, 1); // the space
    });
    expect(text.toJSON()).toBe('Oh, Helloworld');
    expect(text.toJSON().slice(0, caret)).toBe('Oh, Hellowo');
  });
});
