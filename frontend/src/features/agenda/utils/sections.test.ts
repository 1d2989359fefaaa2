import { describe, expect, it } from 'vitest';
import { groupAgenda, type AgendaEntry } from './sections';

function item(id: string, section: string, order: string, deleted = false): AgendaEntry {
  return { id, text: id, done: false, author: 'U1', section, topic: null, order, deleted };
}

describe('groupAgenda', () => {
  it('groups live items by section, sections in the order of their first item', () => {
    const view = groupAgenda([
      item('f2', 'Feedback', 'a4'),
      item('c1', 'Check-in', 'a0'),
      item('f1', 'Feedback', 'a2'),
      item('x', 'Check-in', 'a5'),
      item('n1', 'Notes', 'a3'),
    ]);
    expect(view.sections.map((s) => [s.title, s.items.map((i) => i.id)])).toEqual([
      ['Check-in', ['c1', 'x']],
      ['Feedback', ['f1', 'f2']],
      ['Notes', ['n1']],
    ]);
    expect(view.ordered.map((i) => i.id)).toEqual(['c1', 'f1', 'n1', 'f2', 'x']);
  });

  it('lists deleted items apart, and drops sections left empty', () => {
    const view = groupAgenda([item('c1', 'Check-in', 'a0'), item('g', 'Gone', 'a1', true), item('d', 'Check-in', 'a2', true)]);
    expect(view.sections.map((s) => s.title)).toEqual(['Check-in']);
    expect(view.deleted.map((i) => i.id)).toEqual(['g', 'd']);
  });

  it('is empty for an empty agenda', () => {
    expect(groupAgenda([])).toEqual({ ordered: [], sections: [], deleted: [] });
  });
});
