import { describe, expect, it } from 'vitest';
import { appendPage } from './pagination';

const edge = (id: string) => ({ cursor: `c-${id}`, node: { id } });
const page = (ids: string[], hasNextPage: boolean, totalCount = 5) => ({
  edges: ids.map(edge),
  pageInfo: { hasNextPage, endCursor: ids.length ? `c-${ids[ids.length - 1]}` : null },
  totalCount,
});

describe('appendPage', () => {
  it('starts from the first page', () => {
    const first = page(['a', 'b'], true);
    expect(appendPage(null, first)).toEqual(first);
  });

  it('appends in order and takes page info from the newer page', () => {
    const merged = appendPage(page(['a', 'b'], true), page(['c', 'd'], false));
    expect(merged.edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.pageInfo).toEqual({ hasNextPage: false, endCursor: 'c-d' });
  });

  it('does not repeat a node that shifted across the page boundary', () => {
    const merged = appendPage(page(['a', 'b'], true), page(['b', 'c'], false));
    expect(merged.edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the count when the newer page has none', () => {
    const next = { edges: [edge('c')], pageInfo: { hasNextPage: false, endCursor: 'c-c' } };
    expect(appendPage(page(['a'], true, 3), next).totalCount).toBe(3);
  });

  it('does not change the pages it was given', () => {
    const shown = page(['a'], true);
    appendPage(shown, page(['b'], false));
    expect(shown.edges).toHaveLength(1);
  });
});
