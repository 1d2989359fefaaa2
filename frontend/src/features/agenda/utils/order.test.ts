import { describe, expect, it } from 'vitest';
import { compareOrder, keyBetween, keyForAppend, keyForInsert, keyForMove, type Ordered } from './order';

const o = (id: string, order: string): Ordered => ({ id, order });

describe('compareOrder', () => {
  it('sorts by key, then by id for equal keys', () => {
    const items = [o('b', 'a1'), o('c', 'a0'), o('a', 'a1')];
    expect(items.sort(compareOrder).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('keyBetween', () => {
  it('gives a key strictly between its neighbours', () => {
    const key = keyBetween('a0', 'a1');
    expect(key > 'a0' && key < 'a1').toBe(true);
    expect(keyBetween(null, null)).toBe('a0');
  });

  it('tolerates equal neighbours (concurrent adds)', () => {
    expect(keyBetween('a1', 'a1') > 'a1').toBe(true);
  });
});

describe('keyForMove', () => {
  // Two sections: A = [a1, a2, a3], B = [b1]; the whole agenda in order.
  const all = [o('a1', 'a0'), o('a2', 'a1'), o('a3', 'a2'), o('b1', 'a3')];
  const sectionA = all.slice(0, 3);

  it('moves up between the neighbour above and the one before it', () => {
    const key = keyForMove(all, sectionA, 'a3', 'up') ?? '';
    expect(key > 'a0' && key < 'a1').toBe(true);
  });

  it('moves to the top of the section without passing the previous section', () => {
    const withPrevious = [o('x', 'Zz'), ...all];
    const key = keyForMove(withPrevious, sectionA, 'a2', 'up') ?? '';
    expect(key > 'Zz' && key < 'a0').toBe(true);
  });

  it('moves down to the end of the section, staying before the next section', () => {
    const key = keyForMove(all, sectionA, 'a2', 'down') ?? '';
    expect(key > 'a2' && key < 'a3').toBe(true);
  });

  it('cannot move past the ends of its section', () => {
    expect(keyForMove(all, sectionA, 'a1', 'up')).toBeNull();
    expect(keyForMove(all, sectionA, 'a3', 'down')).toBeNull();
    expect(keyForMove(all, sectionA, 'missing', 'up')).toBeNull();
  });
});

describe('keyForAppend', () => {
  const all = [o('a1', 'a0'), o('a2', 'a1'), o('b1', 'a2')];

  it('adds after the last item of the section and before the next section', () => {
    const key = keyForAppend(all, all.slice(0, 2));
    expect(key > 'a1' && key < 'a2').toBe(true);
  });

  it('adds at the end of the agenda for a new section, and starts an empty one', () => {
    expect(keyForAppend(all, []) > 'a2').toBe(true);
    expect(keyForAppend([], [])).toBe('a0');
  });
});

describe('keyForInsert', () => {
  // Two sections: A = [a1, a2], B = [b1, b2]; the whole agenda in order (the moved item left out).
  const all = [o('a1', 'a0'), o('a2', 'a1'), o('b1', 'a2'), o('b2', 'a3')];
  const sectionA = all.slice(0, 2);
  const sectionB = all.slice(2);
  const sortedWith = (key: string) => [...all, o('x', key)].sort(compareOrder).map((i) => i.id);

  it('drops before an item, after the one before it in the agenda', () => {
    expect(sortedWith(keyForInsert(all, sectionA, 1))).toEqual(['a1', 'x', 'a2', 'b1', 'b2']);
  });

  it('drops at the top of a section without leaving the section before it', () => {
    expect(sortedWith(keyForInsert(all, sectionB, 0))).toEqual(['a1', 'a2', 'x', 'b1', 'b2']);
    expect(sortedWith(keyForInsert(all, sectionA, 0))).toEqual(['x', 'a1', 'a2', 'b1', 'b2']);
  });

  it('drops at the end of a section before the next section', () => {
    expect(sortedWith(keyForInsert(all, sectionA, 2))).toEqual(['a1', 'a2', 'x', 'b1', 'b2']);
    expect(sortedWith(keyForInsert(all, sectionB, 2))).toEqual(['a1', 'a2', 'b1', 'b2', 'x']);
  });

  it('drops into an empty agenda', () => {
    expect(keyForInsert([], [], 0)).toBe('a0');
  });
});
