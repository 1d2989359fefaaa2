import { describe, expect, it } from 'vitest';
import { canArchive, groupByKind } from './kinds';

describe('groupByKind', () => {
  it('splits by kind and keeps the order within each', () => {
    const groups = groupByKind([
      { id: '1', kind: 'PERSONAL' as const },
      { id: '2', kind: 'BUILTIN' as const },
      { id: '3', kind: 'PERSONAL' as const },
    ]);
    expect(groups.BUILTIN.map((t) => t.id)).toEqual(['2']);
    expect(groups.ORGANISATION).toEqual([]);
    expect(groups.PERSONAL.map((t) => t.id)).toEqual(['1', '3']);
  });
});

describe('canArchive', () => {
  it('lets people archive their own, admins the organisation’s, and nobody the built-in ones', () => {
    expect(canArchive('PERSONAL', false)).toBe(true);
    expect(canArchive('ORGANISATION', false)).toBe(false);
    expect(canArchive('ORGANISATION', true)).toBe(true);
    expect(canArchive('BUILTIN', true)).toBe(false);
  });
});
