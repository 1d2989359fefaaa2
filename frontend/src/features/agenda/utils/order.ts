import { generateKeyBetween } from 'fractional-indexing';

export interface Ordered {
  id: string;
  order: string;
}

/** Agenda order: by key, ties (concurrent adds) by id so every client agrees. */
export function compareOrder(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A key strictly between `lower` and `upper` (either may be missing); tolerates equal neighbours. */
export function keyBetween(lower: string | null, upper: string | null): string {
  if (lower !== null && upper !== null && lower >= upper) return generateKeyBetween(lower, null);
  return generateKeyBetween(lower, upper);
}

/**
 * The new `order` key for moving `id` one place up or down among `sectionItems` (its section, in
 * order), staying next to the neighbour it jumps over in the whole agenda (`allItems`, in order),
 * so sections keep their places. Null when it cannot move that way.
 */
export function keyForMove(
  allItems: readonly Ordered[],
  sectionItems: readonly Ordered[],
  id: string,
  direction: 'up' | 'down',
): string | null {
  const at = sectionItems.findIndex((item) => item.id === id);
  if (at < 0) return null;
  const neighbour = sectionItems[direction === 'up' ? at - 1 : at + 1];
  if (!neighbour) return null;
  const rest = allItems.filter((item) => item.id !== id);
  const n = rest.findIndex((item) => item.id === neighbour.id);
  if (direction === 'up') {
    const before = n > 0 ? rest[n - 1] : undefined;
    return keyBetween(before?.order ?? null, neighbour.order);
  }
  const after = rest[n + 1];
  return keyBetween(neighbour.order, after?.order ?? null);
}

/** The key for a new item at the end of `sectionItems` (or of the agenda when the section is new). */
export function keyForAppend(allItems: readonly Ordered[], sectionItems: readonly Ordered[]): string {
  const last = sectionItems.at(-1) ?? allItems.at(-1);
  if (!last) return keyBetween(null, null);
  const n = allItems.findIndex((item) => item.id === last.id);
  const next = allItems[n + 1];
  return keyBetween(last.order, next?.order ?? null);
}

/**
 * The new `order` key for dropping an item at `index` of `sectionItems` (the target section in
 * order, without the moved item), between its new neighbours in the whole agenda (`allItems`, in
 * order, without the moved item), so sections keep their places. An empty `sectionItems` puts it
 * at the end of the agenda.
 */
export function keyForInsert(allItems: readonly Ordered[], sectionItems: readonly Ordered[], index: number): string {
  const next = sectionItems[index];
  if (!next) return keyForAppend(allItems, sectionItems);
  const n = allItems.findIndex((item) => item.id === next.id);
  const before = n > 0 ? allItems[n - 1] : undefined;
  return keyBetween(before?.order ?? null, next.order);
}
