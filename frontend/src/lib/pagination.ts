/** Keyset ("Load more") pagination over Relay connections. */

export interface PageInfoLike {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface EdgeLike {
  cursor: string;
  node: { id: string };
}

export interface ConnectionLike<E extends EdgeLike> {
  edges: readonly E[];
  pageInfo: PageInfoLike;
  totalCount?: number;
}

export interface MergedConnection<E extends EdgeLike> {
  edges: E[];
  pageInfo: PageInfoLike;
  totalCount: number | undefined;
}

/**
 * Appends the next page to what is shown. Nodes already shown are kept in place and not repeated
 * (a row may move across a page boundary between requests); page info and count come from the
 * newer page, which knows whether more follow.
 */
export function appendPage<E extends EdgeLike>(
  shown: ConnectionLike<E> | null,
  next: ConnectionLike<E>,
): MergedConnection<E> {
  if (!shown) return { edges: [...next.edges], pageInfo: next.pageInfo, totalCount: next.totalCount };
  const seen = new Set(shown.edges.map((edge) => edge.node.id));
  const fresh = next.edges.filter((edge) => !seen.has(edge.node.id));
  return {
    edges: [...shown.edges, ...fresh],
    pageInfo: next.pageInfo,
    totalCount: next.totalCount ?? shown.totalCount,
  };
}
